import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocumentBytes, readDocumentFile } from '../../../electron/import/read-document'
import { fixturePath } from './fixtures'

const seed = readFileSync(
  join(__dirname, '..', '..', 'fixtures', 'seeds', 'reply-yueyang-2024-zhengxie-167.txt'),
  'utf8'
)
const encoder = new TextEncoder()

describe('TXT reader', () => {
  it('reads GB18030 text', async () => {
    expect(await readDocumentFile(fixturePath('reply-gb18030.txt'))).toEqual({
      ok: true,
      text: seed
    })
  })

  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM', async () => {
    const plain = encoder.encode(seed)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(seed, 'utf16le')])
    for (const bytes of [plain, bom, utf16])
      expect(await readDocumentBytes(bytes, 'reply.TXT')).toEqual({ ok: true, text: seed })
  })

  it('refuses binary content and empty files with a message', async () => {
    expect(
      await readDocumentBytes(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x00]), 'a.txt')
    ).toMatchObject({ ok: false, code: 'not-text' })
    expect(await readDocumentBytes(encoder.encode(' \n\t\n'), 'a.txt')).toMatchObject({
      ok: false,
      code: 'empty'
    })
  })

  it('says which types it reads, and when a file is missing', async () => {
    const unknown = await readDocumentBytes(encoder.encode('text'), 'notes.xlsx')
    expect(unknown).toEqual({
      ok: false,
      code: 'unsupported-type',
      message: '不支持此类文件，请选择 DOCX、DOC、WPS、PDF 或 TXT 文件。'
    })
    expect(await readDocumentFile(fixturePath('no-such-file.docx'))).toMatchObject({
      ok: false,
      code: 'not-found'
    })
  })
})
