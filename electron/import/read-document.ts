import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { readDocxBytes } from './docx'
import { findSoffice } from '../office/soffice'
import { readWithLibreOffice } from './libreoffice'
import { checkTextSize, TooComplex } from './limits'
import { readPdfBytes } from './pdf'
import { failure, type ReadResult } from './read-result'
import { readTextBytes } from './text-file'

export type { ReadFailureCode, ReadResult } from './read-result'

// The reader follows what the bytes are, then the file name: a .doc that is really a DOCX (or an
// RTF, or a PDF saved under the wrong name) is still read.

const MAX_BYTES = 100 * 1024 * 1024

type Kind = 'docx' | 'pdf' | 'legacy' | 'text'

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const BY_EXTENSION: Record<string, Kind> = {
  docx: 'docx',
  docm: 'docx',
  pdf: 'pdf',
  doc: 'legacy',
  wps: 'legacy',
  rtf: 'legacy',
  txt: 'text',
  text: 'text'
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

function ascii(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length))
}

function sniff(bytes: Uint8Array): Kind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'
  if (startsWith(bytes, OLE) || ascii(bytes, 5) === '{\\rtf') return 'legacy'
  if (ascii(bytes, 1024).includes('%PDF-')) return 'pdf'
  return null
}

export async function readDocumentBytes(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  try {
    const result = await readByKind(bytes, fileName)
    if (result.ok) checkTextSize(result.text)
    return result
  } catch (e) {
    return failure(e instanceof TooComplex ? 'too-complex' : 'read-failed')
  }
}

async function readByKind(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.length > MAX_BYTES) return failure('too-large')
  const extension = extname(fileName).slice(1).toLowerCase()
  const declared = BY_EXTENSION[extension]
  if (!declared) return failure('unsupported-type')
  const kind = sniff(bytes) ?? declared
  try {
    switch (kind) {
      case 'docx':
        return readDocxBytes(bytes)
      case 'pdf':
        return await readPdfBytes(bytes)
      case 'text':
        return readTextBytes(bytes)
      case 'legacy':
        if (declared === 'legacy' && sniff(bytes) === null) return failure('not-word')
        return await readWithLibreOffice(
          bytes,
          declared === 'legacy' ? extension : 'doc',
          findSoffice()
        )
    }
  } catch (e) {
    if (e instanceof TooComplex) throw e
    return failure('read-failed')
  }
}

/** `fileName` gives the type when the path is not the file's own name (an upload). */
export async function readDocumentFile(
  path: string,
  fileName = basename(path)
): Promise<ReadResult> {
  try {
    if ((await stat(path)).size > MAX_BYTES) return failure('too-large')
    return await readDocumentBytes(new Uint8Array(await readFile(path)), fileName)
  } catch (e) {
    const code = (e as { code?: string } | null)?.code
    return failure(code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'read-failed')
  }
}
