import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The repository root when running from source (tsx) — the folder holding package.json. */
export function projectRoot(): string {
  let dir = resolve(__dirname)
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = resolve(dir, '..')
    if (parent === dir) return process.cwd()
    dir = parent
  }
  return dir
}

export function appVersion(root = projectRoot()): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
      .version
  } catch {
    return '0.0.0'
  }
}
