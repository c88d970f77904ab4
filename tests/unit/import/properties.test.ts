import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findSoffice } from '../../../electron/office/soffice'
import { readDocumentBytes, type ReadResult } from '../../../electron/import/read-document'
import { docxWith } from './fixtures'

function expectResult(result: ReadResult): void {
  if (result.ok) {
    expect(typeof result.text).toBe('string')
    expect(result.text.trim()).not.toBe('')
  } else {
    expect(result.code).toMatch(/^[a-z-]+$/)
    expect(result.message).toMatch(/^[^!！]+。$/)
  }
}

const bytes = (maxLength: number) => fc.uint8Array({ maxLength })
const prefixed = (prefix: string, maxLength: number) =>
  bytes(maxLength).map((tail) => new Uint8Array([...new TextEncoder().encode(prefix), ...tail]))

describe('readDocumentBytes properties', () => {
  it.each(['docx', 'pdf', 'txt', 'doc', 'wps', 'DOCX', 'rtf', 'xyz', ''])(
    'never throws on arbitrary bytes named .%s',
    async (extension) => {
      await fc.assert(
        fc.asyncProperty(bytes(4096), async (b) =>
          expectResult(await readDocumentBytes(b, `file.${extension}`))
        ),
        { numRuns: 60 }
      )
    }
  )

  it('never throws on bytes that start like a zip or a PDF', async () => {
    const inputs = fc.oneof(prefixed('PK\u0003\u0004', 2048), prefixed('%PDF-1.7\n', 2048))
    await fc.assert(
      fc.asyncProperty(inputs, fc.constantFrom('a.docx', 'a.pdf', 'a.txt'), async (b, name) =>
        expectResult(await readDocumentBytes(b, name))
      ),
      { numRuns: 100 }
    )
  })

  it('never throws on arbitrary text inside a DOCX body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (xml) =>
        expectResult(await readDocumentBytes(await docxWith(xml), 'a.docx'))
      ),
      { numRuns: 100 }
    )
  })

  it.runIf(findSoffice())(
    'never throws on broken Word binaries sent to LibreOffice',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(bytes(512), async (tail) => {
          const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...tail])
          expectResult(await readDocumentBytes(ole, 'a.doc'))
        }),
        { numRuns: 3 }
      )
    }
  )
})
