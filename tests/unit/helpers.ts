import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { runCli } from '../../electron/host/cli/main'

const dirs: string[] = []

/** A fresh temp folder removed after the test: real files, real SQLite. */
export function tempDir(prefix = 'replydesk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Runs the CLI in-process and collects what it prints. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, env)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

const CLI_FIXTURES = join(__dirname, '..', 'fixtures', 'cli')

/** `cli new` with the 渌口 sample's fields and body; the new draft's id. */
export async function newLukouDraft(dataDir: string): Promise<string> {
  const created = await cli([
    'new',
    '--fields',
    join(CLI_FIXTURES, 'lukou-fields.json'),
    '--body',
    join(CLI_FIXTURES, 'body.txt'),
    '--json',
    '--data-dir',
    dataDir
  ])
  return (JSON.parse(created.stdout) as { id: string }).id
}
