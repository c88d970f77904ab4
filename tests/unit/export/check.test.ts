import { beforeAll, describe, expect, it } from 'vitest'
import type { ComposedReply } from '../../../electron/domain/composed-reply'
import { checkDocx } from '../../../electron/export/check'
import { dateProblem, docNumberProblem } from '../../../electron/export/check/rules-text'
import { buildDocx } from '../../../electron/export/docx'
import { SAMPLES, fullReply } from '../../fixtures/export/samples'
import { docxParts, withPart } from './docx-parts'

let letter: Uint8Array
let standard: Uint8Array
let full: Uint8Array

beforeAll(async () => {
  letter = await buildDocx(SAMPLES.lukou())
  standard = await buildDocx(SAMPLES.yueyang())
  full = await buildDocx(fullReply())
})

const DOC = 'word/document.xml'
const STYLES = 'word/styles.xml'

async function rulesOf(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkDocx(bytes)).map((v) => v.rule))]
}

describe('golden documents', () => {
  it.each(Object.entries(SAMPLES))('%s passes the checker', async (_, make) => {
    expect(await checkDocx(await buildDocx(make()))).toEqual([])
  })

  it('passes a bare reply with no letterhead, body or signature, in both formats', async () => {
    const bare: ComposedReply = {
      ...SAMPLES.xianning(),
      letterhead: '',
      marks: { placement: 'lines-left', lines: [] },
      opening: [],
      body: { blocks: [] },
      closing: [],
      signature: null,
      contact: { placement: 'note', lines: [] },
      cc: ''
    }
    expect(await checkDocx(await buildDocx(bare))).toEqual([])
    expect(await checkDocx(await buildDocx({ ...bare, format: 'standard' }))).toEqual([])
  })

  it('passes with every element present, in both formats', async () => {
    expect(await checkDocx(full)).toEqual([])
    expect(await checkDocx(await buildDocx({ ...fullReply(), format: 'letter' }))).toEqual([])
  })
})

describe('broken documents', () => {
  const cases: [string, () => Uint8Array, string, (xml: string) => string, string][] = [
    [
      'a wrong margin',
      () => letter,
      DOC,
      (x) => x.replace('w:top="2098"', 'w:top="1440"'),
      'page.margins'
    ],
    [
      'Letter paper',
      () => letter,
      DOC,
      (x) => x.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'),
      'page.size'
    ],
    [
      'a run without its East Asian font',
      () => letter,
      DOC,
      (x) =>
        x.replace(/(<w:pStyle w:val="GwBody"\/>[\s\S]*?<w:rFonts [^>]*?)w:eastAsia="[^"]*"/, '$1'),
      'font.eastAsia'
    ],
    [
      'a style without its East Asian font',
      () => letter,
      STYLES,
      (x) => x.replace(/(w:styleId="GwCc"[\s\S]*?)w:eastAsia="[^"]*"/, '$1'),
      'font.eastAsia'
    ],
    [
      'lineRule written as exactly',
      () => letter,
      STYLES,
      (x) => x.replace('w:lineRule="exact"', 'w:lineRule="exactly"'),
      'line.rule'
    ],
    [
      'a theme font reference',
      () => letter,
      DOC,
      (x) => x.replace('<w:rFonts ', '<w:rFonts w:asciiTheme="minorHAnsi" '),
      'font.theme'
    ],
    [
      'body text of 27 characters a line (no condensing)',
      () => letter,
      STYLES,
      (x) => x.replaceAll('<w:spacing w:val="-5"/>', ''),
      'page.grid'
    ],
    [
      'a character grid, which LibreOffice sets at 14 characters a line',
      () => letter,
      DOC,
      (x) => x.replace('w:type="lines"', 'w:type="linesAndChars" w:charSpace="-842"'),
      'page.grid'
    ],
    [
      'a grid of 20 lines',
      () => letter,
      DOC,
      (x) => x.replace('w:linePitch="579"', 'w:linePitch="630"'),
      'page.grid'
    ],
    [
      'body text in 宋体',
      () => letter,
      DOC,
      (x) => x.replace(/(<w:pStyle w:val="GwBody"\/>[\s\S]*?w:eastAsia=")仿宋_GB2312/, '$1宋体'),
      'font.element'
    ],
    [
      'digits in Arial',
      () => letter,
      DOC,
      (x) => x.replace(/(<w:pStyle w:val="GwBody"\/>[\s\S]*?w:ascii=")Times New Roman/, '$1Arial'),
      'font.latin'
    ],
    [
      'a 小初 title',
      () => letter,
      STYLES,
      (x) => x.replace(/(w:styleId="Title"[\s\S]*?)<w:sz w:val="44"\/>/, '$1<w:sz w:val="36"/>'),
      'font.size'
    ],
    [
      'body without its first-line indent',
      () => letter,
      STYLES,
      (x) => x.replace(/(w:styleId="GwBody"[\s\S]*?)<w:ind [^>]*\/>/, '$1'),
      'indent.body'
    ],
    [
      'body at single line spacing',
      () => letter,
      STYLES,
      (x) =>
        x
          .replace(/(w:styleId="GwBody"[\s\S]*?w:lineRule=")exact/, '$1auto')
          .replace(/(w:styleId="Normal"[\s\S]*?w:lineRule=")exact/, '$1auto')
          .replace(/(<w:pPrDefault>[\s\S]*?w:lineRule=")exact/, '$1auto'),
      'line.exact'
    ],
    [
      'a padded date',
      () => letter,
      DOC,
      (x) => x.replace('2025年7月16日', '2025年07月16日'),
      'date.signature'
    ],
    [
      'a date in Chinese numerals',
      () => letter,
      DOC,
      (x) => x.replace('2025年7月16日', '二〇二五年七月十六日'),
      'date.signature'
    ],
    [
      'a 文号 in square brackets',
      () => letter,
      DOC,
      (x) => x.replace('渌卫复〔2025〕1号', '渌卫复[2025]1号'),
      'docnumber.format'
    ],
    [
      'a 文号 with 第',
      () => standard,
      DOC,
      (x) => x.replace('〔2024〕12号', '〔2024〕第12号'),
      'docnumber.format'
    ],
    [
      'no page field in the footer',
      () => standard,
      'word/footer1.xml',
      (x) => x.replace(/<w:instrText[^>]*>PAGE<\/w:instrText>/, ''),
      'footer.pageNumber'
    ],
    [
      'even page numbers on the right',
      () => standard,
      'word/footer2.xml',
      (x) => x.replace('<w:jc w:val="left"/>', '<w:jc w:val="right"/>'),
      'footer.pageNumber'
    ],
    [
      'a page number on page 1 of a letter',
      () => letter,
      DOC,
      (x) => x.replace('<w:titlePg/>', ''),
      'footer.titlePage'
    ],
    [
      'odd and even footers alike',
      () => letter,
      'word/settings.xml',
      (x) => x.replace('<w:evenAndOddHeaders/>', ''),
      'footer.evenOdd'
    ],
    [
      'a short letter rule',
      () => letter,
      DOC,
      (x) => x.replace(/(GwLetterRule"\/><w:framePr w:w=")9638/, '$18845'),
      'letter.head'
    ],
    [
      'no red rule under the 文号',
      () => standard,
      DOC,
      (x) => x.replace(/<w:bottom w:val="single" w:color="FF0000"[^>]*\/>/, ''),
      'standard.head'
    ],
    [
      'a thin first 版记 rule',
      () => standard,
      DOC,
      (x) =>
        x.replace(
          /<w:top w:val="single" w:color="000000" w:sz="8"/,
          '<w:top w:val="single" w:color="000000" w:sz="4"'
        ),
      'imprint.rules'
    ],
    [
      '抄送 without its full stop',
      () => letter,
      DOC,
      (x) => x.replace('区政府督查室一式两份。', '区政府督查室一式两份'),
      'cc.format'
    ],
    [
      'a heading not kept with the next paragraph',
      () => full,
      STYLES,
      (x) => x.replace(/(w:styleId="Heading1"[\s\S]*?)<w:keepNext\/>/, '$1'),
      'keep.heading'
    ],
    [
      'red body text',
      () => letter,
      DOC,
      (x) =>
        x.replace(
          /(<w:pStyle w:val="GwBody"\/>[\s\S]*?<w:rFonts [^>]*\/>)/,
          '$1<w:color w:val="FF0000"/>'
        ),
      'color'
    ],
    [
      'a table without column widths',
      () => full,
      DOC,
      (x) => x.replace(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/, '<w:tblGrid/>'),
      'table.grid'
    ],
    [
      'a table row that may split',
      () => full,
      DOC,
      (x) => x.replace('<w:cantSplit/>', ''),
      'table.rows'
    ],
    [
      'no title',
      () => letter,
      DOC,
      (x) => x.replace('<w:pStyle w:val="Title"/>', '<w:pStyle w:val="GwBody"/>'),
      'title.missing'
    ]
  ]

  it.each(cases)('catches %s', async (_, source, part, edit, rule) => {
    const broken = await withPart(source(), part, edit)
    expect(await rulesOf(broken)).toContain(rule)
  })

  it('reports a file that is not a DOCX instead of throwing', async () => {
    const violations = await checkDocx(new TextEncoder().encode('不是文档'))
    expect(violations).toHaveLength(1)
    expect(violations[0]!.rule).toBe('file.unreadable')
    expect(violations[0]!.message).toMatch(/^无法读取该 DOCX 文件/)
  })

  it('says where the problem is, in Chinese', async () => {
    const broken = await withPart(letter, DOC, (x) =>
      x.replace('2025年7月16日', '2025 年 7 月 16 日')
    )
    const [v] = (await checkDocx(broken)).filter((x) => x.rule === 'date.signature')
    expect(v).toEqual({
      rule: 'date.signature',
      message: '成文日期中不应有空格。',
      where: expect.stringMatching(/^第\d+段“2025年7月16日”$/)
    })
  })
})

describe('wording rules', () => {
  it('accepts dates and 文号 written per GB/T 9704-2012', () => {
    expect(dateProblem('2025年7月16日')).toBeUndefined()
    expect(dateProblem('2024年12月31日')).toBeUndefined()
    expect(docNumberProblem('渌卫复〔2025〕1号(A)类')).toBeUndefined()
    expect(docNumberProblem('岳卫字〔2024〕12号 A1类 同意公开')).toBeUndefined()
  })

  it('names what is wrong with a date', () => {
    expect(dateProblem('2025年07月16日')).toMatch(/虚位/)
    expect(dateProblem('2025年7月16号')).toMatch(/形式/)
    expect(dateProblem('2025年13月1日')).toMatch(/有效日期/)
    expect(dateProblem('二〇二五年七月十六日')).toMatch(/阿拉伯数字/)
  })

  it('names what is wrong with a 文号', () => {
    expect(docNumberProblem('渌卫复(2025)1号')).toMatch(/六角括号/)
    expect(docNumberProblem('渌卫复〔25〕1号')).toMatch(/四位/)
    expect(docNumberProblem('渌卫复〔2025〕第1号')).toMatch(/第/)
    expect(docNumberProblem('渌卫复〔2025〕01号')).toMatch(/虚位/)
    expect(docNumberProblem('〔2025〕1号')).toMatch(/代字/)
  })
})

describe('characters XML forbids', () => {
  it('drops them at export, so the file opens; the checker finds them in any part', async () => {
    const reply = SAMPLES.lukou()
    const bad = '情况\ufffe说明\u0001。\uffff'
    const bytes = await buildDocx({
      ...reply,
      title: `${reply.title}\ufffe`,
      body: { blocks: [{ type: 'paragraph', runs: [{ text: bad }] }] }
    })
    const parts = await docxParts(bytes)
    expect(parts[DOC]).toContain('情况说明。')
    const all = Object.values(parts).join('')
    for (const c of ['\ufffe', '\uffff', '\u0001']) expect(all).not.toContain(c)
    expect(await checkDocx(bytes)).toEqual([])

    for (const part of [DOC, 'docProps/core.xml', '[Content_Types].xml']) {
      const broken = await withPart(letter, part, (xml) => xml.replace('>', '>\ufffe'))
      const found = await checkDocx(broken)
      expect(
        found.map((v) => v.rule),
        part
      ).toEqual(['file.unreadable'])
      expect(found[0]?.message).toContain('U+FFFE')
    }
    const reference = await withPart(letter, DOC, (xml) =>
      xml.replace(/<w:t( [^>]*)?>/, '$&&#xFFFF;')
    )
    expect((await checkDocx(reference))[0]?.message).toContain('U+FFFF')
  })
})
