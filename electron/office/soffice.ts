import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import { pathToFileURL } from 'node:url'

// LibreOffice, for what Node cannot do itself: reading .doc/.wps and rendering a DOCX to PDF.
// Each conversion gets its own LibreOffice profile: with the user's profile, a LibreOffice window
// that is already open swallows the headless request and no file comes out.

const CONVERT_TIMEOUT_MS = 120_000

type Env = Record<string, string | undefined>

function windowsCandidates(env: Env): string[] {
  const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files']
  return roots
    .filter((r): r is string => !!r)
    .map((root) => win32.join(root, 'LibreOffice', 'program', 'soffice.exe'))
}

/**
 * The LibreOffice executable: REPLYDESK_SOFFICE when set (a copy installed somewhere unusual), else
 * on PATH or where the installers put it; null when there is none.
 */
export function findSoffice(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync
): string | null {
  const chosen = env.REPLYDESK_SOFFICE
  if (chosen !== undefined) return exists(chosen) ? chosen : null
  const path = platform === 'win32' ? win32 : posix
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']
  const onPath = (env.PATH ?? env.Path ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => path.join(dir, name)))
  const installed =
    platform === 'win32'
      ? windowsCandidates(env)
      : platform === 'darwin'
        ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
        : [
            '/usr/bin/soffice',
            '/usr/lib/libreoffice/program/soffice',
            '/opt/libreoffice/program/soffice'
          ]
  return [...onPath, ...installed].find((candidate) => exists(candidate)) ?? null
}

// No shell: the file names never pass through one, whatever they contain.
function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL', windowsHide: true },
      (error) => (error ? reject(error) : resolve())
    )
  })
}

/**
 * Converts a file's bytes (named by its extension) to `to` (docx, pdf) with LibreOffice.
 * Null when LibreOffice produced nothing; throws when it failed to run or timed out.
 */
export async function convertWithSoffice(
  soffice: string,
  bytes: Uint8Array,
  extension: string,
  to: string
): Promise<Uint8Array | null> {
  const dir = await mkdtemp(join(tmpdir(), 'replydesk-convert-'))
  try {
    const input = join(dir, `input.${extension}`)
    await writeFile(input, bytes)
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      to,
      '--outdir',
      join(dir, 'out'),
      input
    ])
    const output = join(dir, 'out', `input.${to}`)
    return existsSync(output) ? new Uint8Array(await readFile(output)) : null
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
