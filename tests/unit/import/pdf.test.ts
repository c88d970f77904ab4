import { describe, expect, it } from 'vitest'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { pageText } from '../../../electron/import/pdf'
import { readDocumentBytes, readDocumentFile } from '../../../electron/import/read-document'
import { parseReply } from '../../../electron/domain/parse'
import { fixtureBytes, fixturePath } from './fixtures'

function item(str: string, x: number, y: number, size = 16): TextItem {
  const width = [...str].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0)
  return {
    str,
    dir: 'ltr',
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
    fontName: 'f',
    hasEOL: false
  }
}

describe('PDF page text', () => {
  it('orders lines top to bottom, items left to right, and marks indented paragraph starts', () => {
    const items = [
      item('现答复如下：', 72, 700),
      item('您提出的建议收悉，', 104, 728),
      item('二、下一步', 72, 672),
      item('工作', 72 + 16 * 5, 672.6),
      item('2025', 72 + 16 * 3 + 20, 644),
      item('年', 72 + 16 * 3 + 20 + 32, 644),
      item('抄送：', 72, 644)
    ]
    expect(pageText(items)).toBe(
      ['\u3000\u3000您提出的建议收悉，', '现答复如下：', '二、下一步工作', '抄送： 2025年'].join(
        '\n'
      )
    )
  })
})

describe('PDF reader', () => {
  it('rebuilds lines from item positions and separates pages', async () => {
    const result = await readDocumentFile(fixturePath('reply-sample.pdf'))
    if (!result.ok) throw new Error(result.message)
    const pages = result.text.split('\f')
    expect(pages.length).toBe(2)
    expect(pages[0]!.split('\n').slice(0, 4)).toEqual([
      '株洲市渌口区卫生健康局',
      '渌卫复〔2025〕1 号(A)类',
      '关于对区人大二届五次会议第 17 号建议的回复',
      '龙钺文等代表：'
    ])
    expect(pages[0]).toContain('医疗机构，一是建机制。1 家妇幼保健机构，9\n个乡镇卫生院')
    expect(pages[0]).toContain('\n机构 数量\n乡镇卫生院 9')
    expect(pages[1]).toContain('抄送：区人大常委会联工委，区政府督查室。')
  })

  it('gives text the reply parser reads', async () => {
    const result = await readDocumentFile(fixturePath('reply-sample.pdf'))
    const parsed = parseReply(result.ok ? result.text : '')
    expect(parsed.fields).toMatchObject({
      organ: '株洲市渌口区卫生健康局',
      doc_number: '渌卫复〔2025〕1号',
      classification: 'A',
      session: '区人大二届五次会议',
      item_number: 17,
      proposer: '龙钺文等代表',
      subject: '关于推进基层医疗服务',
      leader: '曹虎',
      handler_phone: '15873304217',
      cc: ['区人大常委会联工委', '区政府督查室'],
      section_headings: ['一、基本情况']
    })
    expect(parsed.text).toContain('现答复如下：\n一、基本情况')
  })

  it('says a scanned PDF needs OCR first', async () => {
    const result = await readDocumentFile(fixturePath('scanned.pdf'))
    expect(result).toEqual({
      ok: false,
      code: 'scanned-pdf',
      message: '此 PDF 是扫描图片，没有可读取的文字，请先用 OCR 软件识别成文字后再导入。'
    })
  })

  it('says a password-protected PDF needs its password removed', async () => {
    expect(await readDocumentFile(fixturePath('encrypted.pdf'))).toMatchObject({
      ok: false,
      code: 'encrypted-pdf'
    })
  })

  it('refuses a broken PDF and leaves the caller its bytes', async () => {
    const bytes = fixtureBytes('reply-sample.pdf')
    const copy = bytes.slice()
    await readDocumentBytes(bytes, 'a.pdf')
    expect(bytes).toEqual(copy)
    expect(await readDocumentBytes(bytes.slice(0, 2000), 'a.pdf')).toMatchObject({ ok: false })
    expect(
      await readDocumentBytes(new TextEncoder().encode('%PDF-1.4 garbage'), 'a.pdf')
    ).toMatchObject({ ok: false, code: 'corrupt-pdf' })
  })
})
