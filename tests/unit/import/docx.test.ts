import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readDocumentBytes, readDocumentFile } from '../../../electron/import/read-document'
import { docxWith, fixturePath } from './fixtures'

const p = (inner: string, props = '') =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${inner}</w:p>`
const r = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`

async function read(body: string, styles?: string) {
  return readDocumentBytes(await docxWith(body, styles), 'reply.docx')
}

describe('DOCX reader', () => {
  it('reads paragraphs, tabs, line breaks and XML entities', async () => {
    const result = await read(
      p(
        r('主管领导：曹虎') + '<w:r><w:tab/><w:t>联系电话</w:t><w:br/><w:t>13874100819</w:t></w:r>'
      ) + p(r('A &amp; B &lt;C&gt; &#x4E2D;&#25991;'))
    )
    expect(result).toEqual({
      ok: true,
      text: '主管领导：曹虎\t联系电话\n13874100819\nA & B <C> 中文',
      blocks: {
        blocks: [
          { type: 'paragraph', runs: [{ text: '主管领导：曹虎\t联系电话\n13874100819' }] },
          { type: 'paragraph', runs: [{ text: 'A & B <C> 中文' }] }
        ]
      }
    })
  })

  it('marks bold runs, from w:b and from a bold character style, and honours w:val="0"', async () => {
    const styles =
      '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>'
    const result = await read(
      p(
        r('（一）强化领导。') +
          r('一是建机制。', '<w:b/>') +
          r('按照', '<w:b w:val="0"/>') +
          r('要求', '<w:rStyle w:val="Strong"/>')
      ),
      styles
    )
    expect(result.ok && result.blocks?.blocks[0]).toEqual({
      type: 'paragraph',
      runs: [
        { text: '（一）强化领导。' },
        { text: '一是建机制。', bold: true },
        { text: '按照' },
        { text: '要求', bold: true }
      ]
    })
  })

  it('takes heading levels from style names, basedOn chains and outline levels', async () => {
    const styles = [
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    ].join('')
    const result = await read(
      p(r('一、基本情况'), '<w:pStyle w:val="1"/>') +
        p(r('二、下一步'), '<w:pStyle w:val="MyHeading"/>') +
        p(r('（一）设备'), '<w:outlineLvl w:val="1"/>') +
        p(r('答复'), '<w:pStyle w:val="Title"/>') +
        p(r('正文'), '<w:outlineLvl w:val="9"/><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>'),
      styles
    )
    expect(
      result.ok && result.blocks?.blocks.map((b) => [b.type, b.type === 'heading' ? b.level : 0])
    ).toEqual([
      ['heading', 1],
      ['heading', 1],
      ['heading', 2],
      ['paragraph', 0],
      ['paragraph', 0]
    ])
    expect(result.ok && result.text).toBe('一、基本情况\n二、下一步\n（一）设备\n答复\n正文')
  })

  it('reads tables with their cells joined, and skips fallback copies and deleted text', async () => {
    const cell = (text: string) => `<w:tc>${p(r(text))}</w:tc>`
    const table = `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('机构')}${cell('数量')}</w:tr><w:tr>${cell('卫生院')}<w:tc>${p(r('9'))}${p(r('家'))}</w:tc></w:tr></w:tbl>`
    const alternate = `<w:r><mc:AlternateContent xmlns:mc="x"><mc:Choice Requires="wps"><w:txbxContent>${p(r('文本框'))}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p(r('文本框'))}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>`
    const result = await read(
      table +
        p(r('前') + alternate + '<w:del><w:r><w:delText>删掉</w:delText></w:r></w:del>' + r('后'))
    )
    expect(result.ok && result.text).toBe('机构\t数量\n卫生院\t9\n家\n文本框\n前后')
    expect(result.ok && result.blocks?.blocks[0]).toEqual({
      type: 'table',
      header: true,
      rows: [
        [[{ text: '机构' }], [{ text: '数量' }]],
        [[{ text: '卫生院' }], [{ text: '9\n家' }]]
      ]
    })
  })

  it('reads a DOCX written by LibreOffice', async () => {
    const result = await readDocumentFile(fixturePath('reply-sample.docx'))
    if (!result.ok) throw new Error(result.message)
    expect(result.text.split('\n').slice(0, 4)).toEqual([
      '株洲市渌口区卫生健康局',
      '渌卫复〔2025〕1号(A)类',
      '关于对区人大二届五次会议第17号建议的回复',
      '龙钺文等代表：'
    ])
    expect(result.text).toContain('机构\t数量\n乡镇卫生院\t9')
    const headings = result.blocks?.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => (b.type === 'heading' ? b.level : 0))
    expect(headings).toEqual([1, 2])
    const bold = result.blocks?.blocks.flatMap((b) =>
      b.type === 'paragraph' ? b.runs.filter((x) => x.bold) : []
    )
    expect(bold).toEqual([{ text: '一是建机制。', bold: true }])
  })

  it('gives a Chinese message, not an exception, for broken and foreign files', async () => {
    const truncated = (await docxWith(p(r('正文')))).slice(0, 60)
    const notWord = new JSZip()
    notWord.file('hello.txt', 'hi')
    const cases = [
      await readDocumentBytes(truncated, 'a.docx'),
      await readDocumentBytes(await notWord.generateAsync({ type: 'uint8array' }), 'a.docx'),
      await readDocumentBytes(await docxWith('<w:p><w:r><w:t>未闭合'), 'a.docx')
    ]
    expect(cases.map((c) => (c.ok ? 'ok' : c.code))).toEqual(['corrupt-docx', 'corrupt-docx', 'ok'])
    expect(await read(p(''))).toMatchObject({ ok: false, code: 'empty' })
    const first = cases[0]!
    expect(!first.ok && first.message).toMatch(/^[^！!]+另存为 DOCX[^。]*。$/)
  })
})
