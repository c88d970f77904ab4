import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'
import { isNoise } from '../domain/import-files'

/** `problem` marks a path that could not be listed: it is reported, the rest still imports. */
export type FileEntry = { path: string; problem?: 'missing' | 'unreadable' }

export function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase()
}

async function walk(dir: string, out: FileEntry[]): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    out.push({ path: dir, problem: 'unreadable' })
    return
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  for (const entry of entries) {
    if (isNoise(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await walk(path, out)
    else if (entry.isFile()) out.push({ path })
  }
}

/** Files named directly and everything under folders named, in a stable order, each once. */
export async function collectFiles(paths: readonly string[]): Promise<FileEntry[]> {
  const out: FileEntry[] = []
  for (const given of paths) {
    const path = resolve(given)
    const info = await stat(path).catch(() => null)
    if (!info) out.push({ path, problem: 'missing' })
    else if (info.isDirectory()) await walk(path, out)
    else if (!isNoise(basename(path))) out.push({ path })
  }
  const seen = new Set<string>()
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path))
}
