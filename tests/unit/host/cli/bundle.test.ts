import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

// The prebuilt command line as users and scripts run it: plain node on out/cli/cli.mjs.

const ROOT = join(__dirname, '..', '..', '..', '..')
const BUNDLE = join(ROOT, 'out', 'cli', 'cli.mjs')
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds')

function cli(...args: string[]): string {
  return execFileSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8' })
}

describe('the CLI bundle', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')])
  }, 60_000)

  it('parses many files in one call and prints an array with --json', () => {
    const files = ['reply-lukou-2025-renda-17.txt', 'news-zhuzhou-health-2024.txt']
    const out = JSON.parse(cli('parse', ...files.map((f) => join(SEEDS, f)), '--json')) as {
      file: string
      is_reply: boolean
      item_number?: number
    }[]
    expect(out.map((r) => [r.file, r.is_reply])).toEqual([
      [join(SEEDS, files[0]!), true],
      [join(SEEDS, files[1]!), false]
    ])
    expect(out[0]!.item_number).toBe(17)
  })

  it('lints many files in one call, and one unreadable file does not stop the others', () => {
    let stdout = ''
    let status = 0
    try {
      cli(
        'lint',
        join(SEEDS, 'reply-lukou-2025-renda-17.txt'),
        join(SEEDS, 'missing.txt'),
        '--json'
      )
    } catch (e) {
      const err = e as { stdout: string; status: number }
      stdout = err.stdout
      status = err.status
    }
    expect(status).toBe(1)
    const out = JSON.parse(stdout) as { file: string; findings?: unknown[]; error?: string }[]
    expect(out[0]!.findings!.length).toBeGreaterThan(0)
    expect(out[1]!.error).toContain('找不到')
  })
})
