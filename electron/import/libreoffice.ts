import { convertWithSoffice } from '../office/soffice'
import { readDocxBytes } from './docx'
import { failure, type ReadResult } from './read-result'

// .doc and .wps are binary formats nothing in Node reads; LibreOffice converts them to DOCX.

// LibreOffice opens a file it cannot parse as plain text and "converts" the binary noise.
function looksLikeGarbage(text: string): boolean {
  const replaced = text.match(/\ufffd/g)?.length ?? 0
  return replaced > 0 && replaced >= text.length / 100
}

/** Converts a .doc/.wps/.rtf file's bytes to DOCX with LibreOffice and reads the result. */
export async function readWithLibreOffice(
  bytes: Uint8Array,
  extension: string,
  soffice: string | null
): Promise<ReadResult> {
  if (!soffice) return failure('no-libreoffice')
  try {
    const docx = await convertWithSoffice(soffice, bytes, extension, 'docx')
    if (!docx) return failure('conversion-failed')
    const result = await readDocxBytes(docx)
    if (result.ok && looksLikeGarbage(result.text)) return failure('conversion-failed')
    return result.ok || result.code === 'empty' ? result : failure('conversion-failed')
  } catch {
    return failure('conversion-failed')
  }
}
