import type { Block } from '../../electron/domain/body'
import type { ComposedReply } from '../../electron/domain/composed-reply'
import { buildDocx } from '../../electron/export/docx'
import { lukouReply } from '../fixtures/export/samples'
import { median } from './stats'

// DOCX export time for a long reply: the 渌口 sample's body repeated, with headings, to about the
// given number of pages (22 lines of 28 characters each).

const CHARS_PER_PAGE = 22 * 28
const WARMUP_RUNS = 2

export function replyOfPages(pages: number): ComposedReply {
  const sample = lukouReply()
  const paragraphs = sample.body.blocks.filter((b) => b.type === 'paragraph')
  const blocks: Block[] = []
  let chars = 0
  for (let i = 0; chars < pages * CHARS_PER_PAGE; i++) {
    if (i % 4 === 0) {
      blocks.push({ type: 'heading', level: 1, runs: [{ text: '一、工作情况' }] })
    }
    const block = paragraphs[i % paragraphs.length]!
    blocks.push(block)
    chars += block.type === 'paragraph' ? block.runs.reduce((n, r) => n + r.text.length, 0) : 0
  }
  return { ...sample, body: { blocks } }
}

async function medianMs(reply: ComposedReply, runs: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs + WARMUP_RUNS; i++) {
    const start = performance.now()
    await buildDocx(reply)
    if (i >= WARMUP_RUNS) times.push(performance.now() - start)
  }
  return Math.round(median(times) * 10) / 10
}

export async function benchExport(): Promise<{
  export_docx_10p_ms: number
  export_docx_50p_ms: number
}> {
  return {
    export_docx_10p_ms: await medianMs(replyOfPages(10), 9),
    export_docx_50p_ms: await medianMs(replyOfPages(50), 5)
  }
}
