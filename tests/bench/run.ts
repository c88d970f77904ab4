import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { editorKeystrokeP95Ms } from './editor'
import { benchCli } from './cli'
import { benchExport } from './export'
import { benchPages } from './pages'
import { benchItems } from './items'
import { benchExportPdf } from './export-pdf'
import { benchProofread } from './proofread'
import { benchLargeInputs } from './large-inputs'
import { rendererBundleKbGz, rendererReadyMs } from './renderer'

function inItsOwnProcess(script: string): Record<string, number> {
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx')
  const out = execFileSync(tsx, [join(__dirname, script)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32'
  })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>
}

// Prints one JSON object of figures. Targets live in the issues; tests never assert timings.
async function main() {
  const figures: Record<string, number> = {}
  figures.renderer_bundle_kb_gz = rendererBundleKbGz()
  figures.renderer_ready_ms = await rendererReadyMs()
  figures.editor_keystroke_p95_ms = await editorKeystrokeP95Ms()
  Object.assign(figures, await benchExport())
  Object.assign(figures, benchPages())
  Object.assign(figures, await benchExportPdf())
  Object.assign(figures, benchProofread())
  Object.assign(figures, benchLargeInputs())
  Object.assign(figures, await benchItems())
  Object.assign(figures, benchCli())
  Object.assign(figures, inItsOwnProcess('archive-run.ts'))
  Object.assign(figures, inItsOwnProcess('hostile-run.ts'))
  Object.assign(figures, inItsOwnProcess('host-memory-run.ts'))
  console.log(JSON.stringify(figures, null, 2))
}

main().catch((e: unknown) => {
  console.error(`基准测试失败：${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
