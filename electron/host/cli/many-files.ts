import { CliError, type CliResult } from './command'

// parse and lint take many files in one call: one process start for a folder's worth of replies.
// One file prints as before; several print one entry each (--json: an array, each with `file`),
// and a file that cannot be read gets its message while the others go on.

type Outcome = { file: string; result: CliResult } | { file: string; error: string }

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

export async function forEachFile(
  files: string[],
  run: (file: string) => Promise<CliResult>
): Promise<CliResult> {
  if (files.length === 1) return run(files[0]!)
  const outcomes: Outcome[] = []
  for (const file of files) {
    try {
      outcomes.push({ file, result: await run(file) })
    } catch (e) {
      if (e instanceof CliError && e.exitCode === 2) throw e
      outcomes.push({ file, error: messageOf(e) })
    }
  }
  const failed = outcomes.filter((o) => 'error' in o).length
  return {
    json: outcomes.map((o) =>
      'error' in o
        ? { file: o.file, error: o.error }
        : { file: o.file, ...(o.result.json as object) }
    ),
    text: [
      ...outcomes.map((o) => `== ${o.file} ==\n${'error' in o ? o.error : o.result.text}`),
      `共 ${outcomes.length} 个文件${failed ? `，其中 ${failed} 个无法读取` : ''}。`
    ].join('\n\n'),
    ...(failed ? { exitCode: 1 } : {})
  }
}
