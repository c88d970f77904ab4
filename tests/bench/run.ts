import { benchArchive } from './archive'
import { editorKeystrokeP95Ms } from './editor'
import { benchExport } from './export'
import { benchProofread } from './proofread'
import { rendererBundleKbGz, rendererReadyMs } from './renderer'

// Prints one JSON object of figures. Targets live in the issues; tests never assert timings.
async function main() {
  const figures: Record<string, number> = {}
  figures.renderer_bundle_kb_gz = rendererBundleKbGz()
  figures.renderer_ready_ms = await rendererReadyMs()
  figures.editor_keystroke_p95_ms = await editorKeystrokeP95Ms()
  Object.assign(figures, await benchExport())
  Object.assign(figures, benchProofread())
  Object.assign(figures, await benchArchive())
  console.log(JSON.stringify(figures, null, 2))
}

main().catch((e: unknown) => {
  console.error(`基准测试失败：${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
