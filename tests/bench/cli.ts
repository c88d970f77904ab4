import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median } from './stats'

// Whole-process timings of the prebuilt command line (node + bundle, as a script or a user calls
// it): one parse, and one call that parses 100 files. The bundle is built first when missing.

const ROOT = join(__dirname, '..', '..')
const BUNDLE = join(ROOT, 'out', 'cli', 'cli.mjs')
const SEED = join(ROOT, 'tests', 'fixtures', 'seeds', 'reply-lukou-2025-renda-17.txt')
const CORPUS = join(ROOT, 'tests', 'fixtures', 'parse', 'corpus')
const RUNS = 7

function timed(args: string[]): number {
  const start = performance.now()
  execFileSync(process.execPath, [BUNDLE, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  return performance.now() - start
}

function nodeStart(): number {
  const start = performance.now()
  execFileSync(process.execPath, ['-e', ''])
  return performance.now() - start
}

function hundredFiles(dir: string): string[] {
  const replies = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))
  return Array.from({ length: 100 }, (_, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}.txt`)
    copyFileSync(join(CORPUS, replies[i % replies.length]!), path)
    return path
  })
}

export function benchCli(): Record<string, number> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' })
  const dir = mkdtempSync(join(tmpdir(), 'replydesk-cli-bench-'))
  try {
    const files = hundredFiles(dir)
    timed(['parse', SEED, '--json'])
    return {
      // an empty node process on the same machine at the same moment, to read the two above against
      node_start_ms: Math.round(median(Array.from({ length: RUNS }, () => nodeStart()))),
      cli_parse_ms: Math.round(
        median(Array.from({ length: RUNS }, () => timed(['parse', SEED, '--json'])))
      ),
      parse_100_docs_ms: Math.round(
        median(Array.from({ length: 3 }, () => timed(['parse', ...files, '--json'])))
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
