import { build } from 'esbuild'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The command line as one prebuilt CommonJS file run by plain node: starting tsx and compiling
// TypeScript cost more than a second per call. Native and asset-loading packages stay outside the
// bundle and load from node_modules as they do from source.

const root = join(fileURLToPath(import.meta.url), '..', '..')
export const CLI_BUNDLE = join(root, 'out', 'cli', 'cli.cjs')

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'electron', 'host', 'cli.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
    sourcemap: 'linked',
    logLevel: 'warning'
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli()
}
