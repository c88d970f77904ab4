import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readDocxBytes } from './docx'
import { failure, type ReadResult } from './read-result'

// .doc and .wps are binary formats nothing in Node reads; LibreOffice converts them to DOCX.
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

/** The LibreOffice executable: on PATH, or where the installers put it; null when there is none. */
export function findSoffice(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync
): string | null {
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

// LibreOffice opens a file it cannot parse as plain text and "converts" the binary noise.
function looksLikeGarbage(text: string): boolean {
  const replaced = text.match(/\ufffd/g)?.length ?? 0
  return replaced > 0 && replaced >= text.length / 100
}

/** Converts a .doc/.wps/.rtf file's bytes to DOCX with LibreOffice and reads the result. */
export async function readWithLibreOffice(
  bytes: Uint8Array,
  extension: string,
  soffice: string | null
): Promise<ReadResult> {
  if (!soffice) return failure('no-libreoffice')
  const dir = await mkdtemp(join(tmpdir(), 'replydesk-convert-'))
  try {
    const input = join(dir, `input.${extension}`)
    await writeFile(input, bytes)
    const profile = pathToFileURL(join(dir, 'profile')).href
    await run(soffice, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'docx',
      '--outdir',
      join(dir, 'out'),
      input
    ])
    const output = join(dir, 'out', 'input.docx')
    if (!existsSync(output)) return failure('conversion-failed')
    const result = readDocxBytes(await readFile(output))
    if (result.ok && looksLikeGarbage(result.text)) return failure('conversion-failed')
    return result.ok || result.code === 'empty' ? result : failure('conversion-failed')
  } catch {
    return failure('conversion-failed')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
