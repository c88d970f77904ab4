import { join } from 'node:path'
import { proofread } from '../../electron/domain/proofread'
import { chineseNumeral } from '../../electron/domain/numerals'
import { random, sampleSentences } from './archive-corpus'
import { median } from './stats'

// A 20-page reply (about 18,000 characters, 22 lines × 28 characters a page) assembled from the
// sentences of the sample texts, with the letterhead, headings on three levels, signature,
// contact block and 抄送 that a real reply has.

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds')
const TARGET_CHARS = 18_000
const WARM_UP = 5
const RUNS = 21

export function twentyPageReply(seed = 20250716): string {
  const sentences = sampleSentences(SEEDS)
  const rnd = random(seed)
  const pick = () => sentences[Math.floor(rnd() * sentences.length)]!
  const paragraph = () => Array.from({ length: 3 + Math.floor(rnd() * 4) }, pick).join('')
  const lines = [
    '株洲市渌口区卫生健康局',
    '渌卫复〔2025〕1号',
    '株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的答复',
    '龙钺文等代表：',
    '您提出的《关于推进基层医疗服务的建议》收悉，现答复如下：'
  ]
  let length = lines.join('\n').length
  for (let i = 1; length < TARGET_CHARS; i++) {
    const section = [`${chineseNumeral(i)}、基本情况和工作进展`, paragraph()]
    for (let j = 1; j <= 3; j++) {
      section.push(
        `（${chineseNumeral(j)}）推进重点工作。`,
        paragraph(),
        `1.强化保障。`,
        paragraph()
      )
    }
    lines.push(...section)
    length += section.join('\n').length
  }
  lines.push(
    '感谢您对卫生健康工作的关心和支持。',
    '株洲市渌口区卫生健康局',
    '2025年7月16日',
    '主管领导：曹虎，联系电话：13874100819；',
    '经 办 人：刘海茵，联系电话：15873304217；',
    '抄送：区人大常委会联工委，区政府督查室。'
  )
  return lines.join('\n')
}

export function benchProofread(): { proofread_20p_ms: number } {
  const text = twentyPageReply()
  const input = { text, options: { today: '2025-12-31', requiredFields: ['doc_number' as const] } }
  for (let i = 0; i < WARM_UP; i++) proofread(input)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    proofread(input)
    times.push(performance.now() - t0)
  }
  return { proofread_20p_ms: Math.round(median(times) * 100) / 100 }
}
