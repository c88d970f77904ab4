import JSZip from 'jszip'
import { bodyText } from '../../domain/body'
import { readDocumentXml } from './docx-body'
import { readStyles } from './docx-styles'
import { failure, textResult, type ReadResult } from './read-result'

export async function readDocxBytes(bytes: Uint8Array): Promise<ReadResult> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return failure('corrupt-docx')
  }
  const document = zip.file('word/document.xml')
  if (!document) return failure('corrupt-docx')
  try {
    const styles = readStyles((await zip.file('word/styles.xml')?.async('string')) ?? null)
    const body = readDocumentXml(await document.async('string'), styles)
    return textResult(bodyText(body), body)
  } catch {
    return failure('corrupt-docx')
  }
}
