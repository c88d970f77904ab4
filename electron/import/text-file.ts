import { failure, textResult, type ReadResult } from './read-result'

// Plain text from Windows machines is GB18030 (GBK) as often as UTF-8; Notepad's "Unicode" is
// UTF-16 with a BOM. Valid UTF-8 is taken as UTF-8, anything else as GB18030.

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3))
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

export function readTextBytes(bytes: Uint8Array): ReadResult {
  const text = decodeText(bytes)
  const replaced = text.match(/\ufffd/g)?.length ?? 0
  if (text.includes('\u0000') || replaced > text.length / 10) return failure('not-text')
  return textResult(text)
}
