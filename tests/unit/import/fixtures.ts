import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'

// reply-sample.docx, .pdf and .doc were made with LibreOffice 7.4 from one HTML page (a short reply
// with a letterhead, an h1 title, an h2 heading, a bold run-in phrase, a 2×2 table and a page break
// before the closing): --infilter="HTML (StarWriter)" --convert-to docx / pdf, then docx → doc.
// scanned.pdf is a hand-written one-page PDF holding only an image; encrypted.pdf has the open
// password "secret"; reply-gb18030.txt is the Yueyang seed reply saved as GB18030.

export const IMPORT_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import')

export function fixturePath(name: string): string {
  return join(IMPORT_FIXTURES, name)
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)))
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A DOCX made from a hand-written body, to pin down one OOXML feature at a time. */
export async function docxWith(body: string, styles?: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`
  )
  if (styles)
    zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`)
  return zip.generateAsync({ type: 'uint8array' })
}
