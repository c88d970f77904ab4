import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The command line as prebuilt JavaScript run by plain node: starting tsx and compiling TypeScript
// cost more than a second per call. ES modules with code splitting, so what a command loads on
// first use (the services, the contract's schemas, the DOCX writer) sits in chunks that a parse
// or a lint never reads. Native and asset-loading packages load from node_modules.

const root = join(fileURLToPath(import.meta.url), '..', '..')
const OUT = join(root, 'out', 'cli')
export const CLI_BUNDLE = join(OUT, 'cli.mjs')

// bundled CommonJS packages and our own code use require, __dirname and __filename
const BANNER = [
  "import { createRequire as __createRequire } from 'node:module'",
  "import { fileURLToPath as __fileURLToPath } from 'node:url'",
  "import { dirname as __dirnameOf } from 'node:path'",
  'const require = __createRequire(import.meta.url)',
  'const __filename = __fileURLToPath(import.meta.url)',
  'const __dirname = __dirnameOf(__filename)'
].join(';')

export async function buildCli() {
  // loaded here: running a fresh bundle (scripts/cli.mjs) needs no esbuild
  const { build } = await import('esbuild')
  rmSync(OUT, { recursive: true, force: true })
  await build({
    entryPoints: { cli: join(root, 'electron', 'host', 'cli.ts') },
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
    banner: { js: BANNER },
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning'
  })
  // the import reads each file on a worker thread, which loads read-worker.js beside the code
  // that starts it (electron/import/worker-reader.ts)
  await build({
    entryPoints: [join(root, 'electron', 'import', 'read-worker.ts')],
    outfile: join(OUT, 'read-worker.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
    minify: true,
    logLevel: 'warning'
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli()
}
