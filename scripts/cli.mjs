import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildCli, CLI_BUNDLE } from './build-cli.mjs'

// `npm run cli` runs the prebuilt bundle, rebuilding it first when a source file is newer (a
// checkout or an edit since the last `npm run build`), so it never runs stale code.

const sources = join(CLI_BUNDLE, '..', '..', '..', 'electron')

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) latest = Math.max(latest, newest(path))
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs)
  }
  return latest
}

if (!existsSync(CLI_BUNDLE) || statSync(CLI_BUNDLE).mtimeMs < newest(sources)) await buildCli()
await import(pathToFileURL(CLI_BUNDLE).href)
