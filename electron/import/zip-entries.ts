import { inflateRawSync } from 'node:zlib'
import { LIMITS, TooComplex } from './limits'

// The few parts of a DOCX the reader needs, taken from the zip's central directory and inflated
// with a hard cap on their output: the sizes a zip declares are not trusted (a 2 MB bomb declares
// whatever it likes), zlib's maxOutputLength is.

export class CorruptZip extends Error {}

type Entry = { method: number; compressed: number; localOffset: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i
  }
  throw new CorruptZip('no end of central directory')
}

function centralDirectory(buf: Buffer): Map<string, Entry> {
  const end = findEnd(buf)
  const count = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  const entries = new Map<string, Entry>()
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new CorruptZip('directory')
    const nameLength = buf.readUInt16LE(at + 28)
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength)
    entries.set(name, {
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      localOffset: buf.readUInt32LE(at + 42)
    })
    at += 46 + skip
  }
  return entries
}

export type ZipParts = { read(name: string): string | null }

/** Opens a zip's directory; `read` inflates one part as UTF-8, within the per-part and total caps. */
export function openZip(bytes: Uint8Array): ZipParts {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = centralDirectory(buf)
  let total = 0
  return {
    read(name) {
      const entry = entries.get(name)
      if (!entry) return null
      const local = entry.localOffset
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new CorruptZip(name)
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
      const data = buf.subarray(start, start + entry.compressed)
      const room = Math.min(LIMITS.entryBytes, LIMITS.totalBytes - total)
      let out: Buffer
      if (entry.method === 0) out = data
      else if (entry.method === 8) {
        try {
          out = inflateRawSync(data, { maxOutputLength: room + 1 })
        } catch (e) {
          if (e instanceof RangeError) throw new TooComplex(`zip part ${name}`)
          throw new CorruptZip(name)
        }
      } else throw new CorruptZip(`method ${entry.method}`)
      if (out.length > room) throw new TooComplex(`zip part ${name}`)
      total += out.length
      return out.toString('utf8')
    }
  }
}
