import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseReply, type ParsedReply } from '../../../../electron/domain/parse'
import { hugeParseInputs } from '../../../fixtures/large-inputs'

const NULLABLE_STRINGS = [
  'organ',
  'doc_number',
  'classification',
  'disclosure',
  'session',
  'proposer',
  'subject',
  'title',
  'date',
  'leader',
  'leader_phone',
  'handler',
  'handler_phone',
  'postcode'
] as const

function expectShape(parsed: ParsedReply): void {
  expect(typeof parsed.is_reply).toBe('boolean')
  expect(typeof parsed.text).toBe('string')
  const f = parsed.fields
  for (const key of NULLABLE_STRINGS)
    expect(f[key] === null || typeof f[key] === 'string').toBe(true)
  expect(f.kind === null || f.kind === '建议' || f.kind === '提案').toBe(true)
  expect(f.item_number === null || Number.isInteger(f.item_number)).toBe(true)
  expect(f.date === null || /^\d{4}-\d{2}-\d{2}$/.test(f.date)).toBe(true)
  expect(f.cc.every((c) => typeof c === 'string' && c.length > 0)).toBe(true)
  expect(f.section_headings.every((h) => typeof h === 'string')).toBe(true)
  expect(parsed.uncertain.every((k) => k in f)).toBe(true)
  expect(Array.isArray(parsed.body.blocks)).toBe(true)
  if (!parsed.is_reply)
    expect(Object.values(f).every((v) => v === null || (Array.isArray(v) && v.length === 0))).toBe(
      true
    )
}

// Pieces of real replies, so that random documents reach the field readers and not only the
// "not a reply" path.
const PIECES = [
  '株洲市渌口区卫生健康局',
  '渌卫复〔2025〕1号(A)类',
  '对市六届人大三次会议第 068 号建议的 答 复',
  '龙钺文等代表：',
  '您提出的“关于推进基层医疗服务”的建议收悉，现答复如下：',
  '一、基本情况',
  '(一)强化领导。**一是建机制。**',
  '主管领导：曹虎，联系电话：13874100819；经 办 人：刘海茵',
  '二〇二五年七月十六日',
  '抄送：区人大常委会联工委一式两份，',
  '（1份）（纸质版送',
  '索引号：1\t发布机构：',
  '- 3 -',
  '\f',
  '**',
  '（',
  '：'
]

const documentLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' })
    ),
    {
      maxLength: 40
    }
  )
  .chain((parts) => fc.constantFrom('\n', '\n\n', '\r\n', '').map((sep) => parts.join(sep)))

describe('parseReply properties', () => {
  it('never throws on arbitrary unicode and returns the declared shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) =>
        expectShape(parseReply(s))
      ),
      { numRuns: 300 }
    )
  })

  it('never throws on shuffled pieces of replies', () => {
    fc.assert(
      fc.property(documentLike, (s) => expectShape(parseReply(s))),
      { numRuns: 300 }
    )
  })

  // How long these take is a bench figure (parse_huge_input_max_ms), not an assertion here.
  it('handles huge inputs', () => {
    for (const input of hugeParseInputs()) expectShape(parseReply(input))
  })
})
