import { describe, expect, it } from 'vitest'
import { readWithLibreOffice } from '../../../electron/import/libreoffice'
import { findSoffice } from '../../../electron/office/soffice'
import { readDocumentBytes } from '../../../electron/import/read-document'
import { fixtureBytes } from './fixtures'

const soffice = findSoffice()

describe('finding LibreOffice', () => {
  it('looks on PATH first, then where the installers put it', () => {
    const present = new Set([
      '/opt/lo/bin/libreoffice',
      'D:\\Apps\\LibreOffice\\program\\soffice.exe'
    ])
    const exists = (p: string) => present.has(p)
    expect(findSoffice({ PATH: '/usr/local/bin:/opt/lo/bin' }, 'linux', exists)).toBe(
      '/opt/lo/bin/libreoffice'
    )
    expect(findSoffice({ Path: 'C:\\Windows', ProgramFiles: 'D:\\Apps' }, 'win32', exists)).toBe(
      'D:\\Apps\\LibreOffice\\program\\soffice.exe'
    )
    expect(findSoffice({ PATH: '/usr/bin' }, 'darwin', () => false)).toBeNull()
  })
})

describe('DOC and WPS reader', () => {
  it('says to install LibreOffice or save as DOCX when LibreOffice is missing', async () => {
    expect(await readWithLibreOffice(fixtureBytes('reply-sample.doc'), 'doc', null)).toEqual({
      ok: false,
      code: 'no-libreoffice',
      message:
        '读取 DOC 和 WPS 文件需要安装 LibreOffice，请安装 LibreOffice，或在 WPS 中将文件另存为 DOCX 后再导入。'
    })
  })

  it('refuses a .doc that is not a Word or WPS document without starting LibreOffice', async () => {
    expect(
      await readDocumentBytes(new TextEncoder().encode('纯文本冒充的文档'), 'a.wps')
    ).toMatchObject({
      ok: false,
      code: 'not-word'
    })
  })

  it('reads a DOCX saved under a .doc name directly', async () => {
    const result = await readDocumentBytes(fixtureBytes('reply-sample.docx'), 'misnamed.doc')
    expect(result.ok && result.text.startsWith('株洲市渌口区卫生健康局\n')).toBe(true)
  })

  it.runIf(soffice)(
    'converts .doc and .wps through LibreOffice',
    { timeout: 120_000 },
    async () => {
      const doc = await readDocumentBytes(fixtureBytes('reply-sample.doc'), 'reply.doc')
      if (!doc.ok) throw new Error(doc.message)
      expect(doc.text).toContain('关于对区人大二届五次会议第17号建议的回复\n龙钺文等代表：')
      expect(doc.blocks?.blocks.some((b) => b.type === 'table')).toBe(true)
      const wps = await readDocumentBytes(fixtureBytes('reply-sample.doc'), 'reply.wps')
      expect(wps.ok && wps.text).toBe(doc.text)
      const broken = await readWithLibreOffice(
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
        'wps',
        soffice
      )
      expect(broken).toMatchObject({ ok: false, code: 'conversion-failed' })
    }
  )
})
