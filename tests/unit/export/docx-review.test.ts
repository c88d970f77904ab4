import { describe, expect, it } from 'vitest'
import type { ComposedReply } from '../../../electron/domain/composed-reply'
import { checkDocx } from '../../../electron/export/check'
import { buildDocx } from '../../../electron/export/docx'
import type { DocxComment } from '../../../electron/export/docx/comments'
import { defaultLayout } from '../../../electron/domain/layout'
import { SAMPLES } from '../../fixtures/export/samples'
import { docxParts } from './docx-parts'

function reply(): ComposedReply {
  const base = SAMPLES.lukou()
  return {
    ...base,
    body: {
      blocks: [
        { type: 'heading', level: 1, runs: [{ text: '一、办理情况' }] },
        {
          type: 'paragraph',
          runs: [
            { text: '一是建机制。', bold: true },
            { text: '全区投入资金800万元，资金800万元到位。' }
          ]
        },
        { type: 'table', header: true, rows: [[[{ text: '项目' }], [{ text: '资金' }]]] },
        { type: 'list', ordered: true, items: [[{ text: '村卫生室' }], [{ text: '乡镇卫生院' }]] }
      ]
    }
  }
}

const comment = (quote: string, occurrence = 0, text = '请核实'): DocxComment => ({
  author: '王局长',
  date: '2025-07-10T02:00:00.000Z',
  text,
  quote,
  occurrence
})

/** The text between a comment's range start and end in document.xml. */
function commented(document: string, id: number): string {
  const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`)
  const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`)
  expect(start).toBeGreaterThan(-1)
  expect(end).toBeGreaterThan(start)
  return [...document.slice(start, end).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
}

describe('review comments in the DOCX', () => {
  it('anchors each comment to the occurrence of its words that was marked', async () => {
    const parts = await docxParts(
      await buildDocx(reply(), defaultLayout(), {
        comments: [
          comment('800万元', 1, '第二处金额'),
          comment('建机制。全区', 0, '跨粗体'),
          comment('卫生院', 0, '列表项')
        ]
      })
    )
    const document = parts['word/document.xml']!
    expect(commented(document, 0)).toBe('800万元')
    expect(document.indexOf('<w:commentRangeStart w:id="0"/>')).toBeGreaterThan(
      document.indexOf('资金')
    )
    expect(commented(document, 1)).toBe('建机制。全区')
    expect(commented(document, 2)).toBe('卫生院')
    expect(document.match(/<w:commentReference w:id="\d+"\/>/g)).toHaveLength(3)
    const comments = parts['word/comments.xml']!
    expect(comments).toContain('w:author="王局长"')
    expect(comments).toContain('第二处金额')
  })

  it('pins a comment whose words are gone, or sit in a table, to the salutation and quotes them', async () => {
    const parts = await docxParts(
      await buildDocx(reply(), defaultLayout(), {
        comments: [comment('500万元'), comment('项目')]
      })
    )
    const document = parts['word/document.xml']!
    const salutation = document.indexOf(`>${reply().salutation.slice(0, 2)}`)
    expect(salutation).toBeGreaterThan(-1)
    const firstText = document.lastIndexOf('<w:t', salutation)
    expect(document.indexOf('<w:commentRangeStart w:id="0"/>')).toBeLessThan(firstText)
    expect(document.indexOf('<w:commentRangeStart w:id="1"/>')).toBeLessThan(firstText)
    expect(parts['word/comments.xml']).toContain('批注所指文字已改动：“500万元”')
  })

  it('keeps the page conformant and the words unchanged', async () => {
    const plain = await docxParts(await buildDocx(reply()))
    const bytes = await buildDocx(reply(), defaultLayout(), { comments: [comment('800万元')] })
    expect(await checkDocx(bytes)).toEqual([])
    const words = (xml: string) =>
      [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    expect(words((await docxParts(bytes))['word/document.xml']!)).toBe(
      words(plain['word/document.xml']!)
    )
  })
})

describe('the sign-off in the DOCX', () => {
  it('records who signed and when in the custom properties', async () => {
    const parts = await docxParts(
      await buildDocx(reply(), defaultLayout(), {
        approval: { by: '曹虎', at: '2025-07-16T01:30:00.000Z' }
      })
    )
    const custom = parts['docProps/custom.xml']!
    expect(custom).toContain('name="审核状态"')
    expect(custom).toContain('已签发')
    expect(custom).toMatch(/name="签发人"[^]*曹虎/)
    expect(parts['docProps/core.xml']).toContain('曹虎于2025年7月16日')
  })

  it('marks a reply exported before sign-off, and says nothing for a re-typeset old one', async () => {
    const unsigned = await docxParts(await buildDocx(reply(), defaultLayout(), { approval: null }))
    expect(unsigned['docProps/custom.xml']).toContain('未签发')
    const old = await docxParts(await buildDocx(reply()))
    expect(old['docProps/custom.xml'] ?? '').not.toContain('审核状态')
  })
})
