import { beforeAll, describe, expect, it } from 'vitest'
import { defaultLayout } from '../../../electron/domain/layout'
import { buildDocx } from '../../../electron/export/docx'
import { STYLE } from '../../../electron/export/docx/style-ids'
import { fullReply, lukouReply, xianningReply, yueyangReply } from '../../fixtures/export/samples'
import { docxParts, paragraphsOfStyle } from './docx-parts'

let letter: Record<string, string>
let standard: Record<string, string>
let full: Record<string, string>

beforeAll(async () => {
  letter = await docxParts(await buildDocx(lukouReply()))
  standard = await docxParts(await buildDocx(yueyangReply()))
  full = await docxParts(await buildDocx(fullReply()))
})

const part = (p: Record<string, string>, name: string) => p[name]!
const documentOf = (p: Record<string, string>) => part(p, 'word/document.xml')
const attrsOf = (xml: string, tag: string) => {
  const m = new RegExp(`<${tag} ([^>]*?)/?>`).exec(xml)
  return Object.fromEntries(
    [...(m?.[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])
  )
}

describe('page setup', () => {
  it('writes exact line spacing as w:lineRule="exact", never "exactly"', () => {
    for (const parts of [letter, standard, full]) {
      const xml = documentOf(parts) + parts['word/styles.xml']
      expect(xml).toContain('w:lineRule="exact"')
      expect(xml).not.toMatch(/w:lineRule="exactly"/)
    }
    expect(part(standard, 'word/styles.xml')).toContain(
      '<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>'
    )
  })

  it('sets A4 with margins 37/35/28/26 mm and a 22-line, 28-character grid', () => {
    const xml = documentOf(letter)
    expect(attrsOf(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' })
    expect(attrsOf(xml, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474'
    })
    const grid = attrsOf(xml, 'w:docGrid')
    // a line-only grid: LibreOffice gives each character two cells of a condensed character grid
    expect(grid).toEqual({ 'w:type': 'lines', 'w:linePitch': '579' })
    const body = /<w:style [^>]*w:styleId="GwBody".*?<\/w:style>/.exec(
      part(letter, 'word/styles.xml')
    )
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(body![0])![1])
    expect(spacing).toBe(-5)
    expect(Math.floor(442.25 / (16 + spacing / 20))).toBe(28)
  })

  it('takes the line pitch from the layout profile', async () => {
    const layout = { ...defaultLayout(), linePitchPt: 28 }
    const p = await docxParts(await buildDocx(lukouReply(), layout))
    expect(attrsOf(documentOf(p), 'w:docGrid')['w:linePitch']).toBe('560')
    expect(part(p, 'word/styles.xml')).toContain('w:line="560" w:lineRule="exact"')
  })
})

describe('fonts', () => {
  it('names the East Asian font on every run and every paragraph style', () => {
    for (const p of [letter, standard, full]) {
      const runs = documentOf(p).match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []
      expect(runs.length).toBeGreaterThan(30)
      for (const run of runs) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/)
      const styles = part(p, 'word/styles.xml').match(
        /<w:style w:type="paragraph"[\s\S]*?<\/w:style>/g
      )!
      for (const style of styles) expect(style).toMatch(/w:eastAsia="[^"]+"/)
    }
  })

  it('writes no theme-font references and puts the official fonts in the theme', () => {
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml']) {
      expect(part(full, name)).not.toMatch(/Theme="/)
    }
    const theme = part(full, 'word/theme/theme1.xml')
    expect(theme).toContain('<a:ea typeface="仿宋_GB2312"/>')
    expect(theme).toContain('<a:font script="Hans" typeface="仿宋_GB2312"/>')
  })

  it('sets each element in its official font and size', () => {
    const styles = part(full, 'word/styles.xml')
    const style = (id: string) =>
      new RegExp(`w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0]
    expect(style(STYLE.title)).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/)
    expect(style(STYLE.body)).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/)
    expect(style(STYLE.body)).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>')
    expect(style(STYLE.body)).toMatch(/w:ascii="Times New Roman"/)
    expect(style(STYLE.heading1)).toContain('w:eastAsia="黑体"')
    expect(style(STYLE.heading2)).toContain('w:eastAsia="楷体_GB2312"')
    expect(style(STYLE.heading3)).toContain('w:eastAsia="仿宋_GB2312"')
    expect(style(STYLE.cc)).toContain('<w:sz w:val="28"/>')
    expect(style(STYLE.pageNumber)).toMatch(/w:ascii="宋体" w:eastAsia="宋体"/)
  })

  it('gives quotation marks and dashes the Chinese font in every slot', () => {
    const quote =
      /<w:rFonts w:ascii="仿宋_GB2312"[^>]*\/><\/w:rPr><w:t xml:space="preserve">“<\/w:t>/
    expect(documentOf(letter)).toMatch(quote)
  })

  it('names a fallback for each official font in the font table', () => {
    const table = part(full, 'word/fontTable.xml')
    expect(table).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>'
    )
    expect(table).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>')
  })
})

describe('letter format', () => {
  it('fixes the letterhead 30 mm from the top between red double rules of 170 mm', () => {
    const xml = documentOf(letter)
    const [head] = paragraphsOfStyle(xml, STYLE.letterhead)
    expect(head).toContain('w:y="1701"')
    expect(head).toContain('<w:color w:val="FF0000"/>')
    const rules = paragraphsOfStyle(xml, STYLE.letterRule)
    expect(rules).toHaveLength(2)
    expect(rules[0]).toMatch(/w:w="9638"[\s\S]*w:bottom w:val="thickThinSmallGap" w:color="FF0000"/)
    expect(rules[1]).toMatch(/w:w="9638"[\s\S]*w:bottom w:val="thinThickSmallGap" w:color="FF0000"/)
  })

  it('puts the 文号 flush right and hides the page number on page 1', () => {
    const xml = documentOf(letter)
    const [docNumber] = paragraphsOfStyle(xml, STYLE.docNumber)
    expect(docNumber).toContain('<w:tab w:val="right" w:pos="8845"/>')
    expect(docNumber).toContain('渌卫复〔2025〕1号(A)类')
    expect(xml).toContain('<w:titlePg/>')
    expect(xml).toMatch(/<w:footerReference w:type="first"/)
  })

  it('sets marks on their own lines flush left when the profile says so', async () => {
    const xml = documentOf(await docxParts(await buildDocx(xianningReply())))
    const rows = paragraphsOfStyle(xml, STYLE.topRow).map((p) => p.replace(/<[^>]+>/g, ''))
    expect(rows).toEqual(['予以公开', 'A'])
  })
})

describe('standard format', () => {
  it('centres the 文号 over a red rule and numbers page 1', () => {
    const xml = documentOf(standard)
    const [docNumber] = paragraphsOfStyle(xml, STYLE.docNumber)
    expect(docNumber).toContain('<w:jc w:val="center"/>')
    const [rule] = paragraphsOfStyle(xml, STYLE.letterRule)
    expect(rule).toMatch(/<w:bottom w:val="single" w:color="FF0000"/)
    expect(rule).not.toContain('w:framePr')
    expect(xml).not.toContain('<w:titlePg/>')
  })

  it('puts the 版记 at the bottom of the 版心 between a thick, a thin and a thick rule', () => {
    const xml = documentOf(standard)
    const [cc] = paragraphsOfStyle(xml, STYLE.cc)
    const [imprint] = paragraphsOfStyle(xml, STYLE.imprint)
    expect(cc).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/)
    expect(cc).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="6"/)
    expect(imprint).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/)
    expect(imprint).toContain('w:vAnchor="margin"')
    expect(imprint).toContain('2024年6月28日印发')
  })
})

describe('page numbers', () => {
  it('puts odd page numbers right and even ones left, one 4号 character in', () => {
    const odd = part(standard, 'word/footer1.xml')
    const even = part(standard, 'word/footer2.xml')
    expect(part(standard, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    expect(odd).toMatch(/<w:ind w:right="280"\/><w:jc w:val="right"\/>/)
    expect(even).toMatch(/<w:ind w:left="280"\/><w:jc w:val="left"\/>/)
    for (const footer of [odd, even]) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
      expect(footer.replace(/<[^>]+>/g, '')).toBe('— PAGE —')
    }
  })
})

describe('body', () => {
  it('breaks a long title between words', () => {
    const [title] = paragraphsOfStyle(documentOf(full), STYLE.title)
    const lines = title!
      .replace(/<w:br\/>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .split('\n')
    expect(lines).toEqual(['岳阳市卫生健康委员会', '关于对市政协九届三次会议', '第167号提案的答复'])
  })

  it('keeps headings with the next paragraph and the signature together', () => {
    const xml = documentOf(full)
    for (const id of [STYLE.heading1, STYLE.heading2, STYLE.heading3, STYLE.heading4]) {
      expect(paragraphsOfStyle(xml, id)).toHaveLength(1)
    }
    const styles = part(full, 'word/styles.xml')
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:keepNext\/>/)
    expect(styles).toMatch(/w:styleId="GwOrgan"[\s\S]*?<w:keepNext\/><w:keepLines\/>/)
  })

  it('keeps bold run-ins bold', () => {
    expect(documentOf(full)).toMatch(/<w:b\/><w:bCs\/>[\s\S]{0,80}一是建机制。/)
  })

  it('writes tables with column widths, a repeated header row and rows kept whole', () => {
    const xml = documentOf(full)
    const cols = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(cols).toHaveLength(3)
    expect(cols.reduce((a, b) => a + b, 0)).toBe(8845)
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(3)
  })

  it('numbers several attachments and aligns their names', () => {
    const items = paragraphsOfStyle(documentOf(full), STYLE.attachment)
    expect(items.map((p) => p.replace(/<[^>]+>/g, ''))).toEqual([
      '附件：1.岳阳市紧密型县域医共体建设进展情况表',
      '2.岳阳市乡镇卫生院名单'
    ])
    const left = items.map((p) => /w:left="(\d+)"/.exec(p)![1])
    expect(left[0]).toBe(left[1])
  })
})
