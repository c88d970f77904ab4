import { bodyText } from '../domain/body'
import { readDocumentXml } from './docx-body'
import { readStyles } from './docx-styles'
import { TooComplex } from './limits'
import { failure, textResult, type ReadResult } from './read-result'
import { openZip, type ZipParts } from './zip-entries'

export function readDocxBytes(bytes: Uint8Array): ReadResult {
  let zip: ZipParts
  try {
    zip = openZip(bytes)
  } catch {
    return failure('corrupt-docx')
  }
  try {
    const document = zip.read('word/document.xml')
    if (document === null) return failure('corrupt-docx')
    const styles = readStyles(zip.read('word/styles.xml'))
    const body = readDocumentXml(document, styles)
    return textResult(bodyText(body), body)
  } catch (e) {
    return failure(e instanceof TooComplex ? 'too-complex' : 'corrupt-docx')
  }
}
