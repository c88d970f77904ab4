// Draws the application icon (a white reply sheet with a red heading and grey lines on the
// official red) and writes resources/icon.png and resources/icon.ico, which electron-builder takes
// from its buildResources folder. Run with `node scripts/make-icons.mjs` after changing the drawing.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const RED = [200, 16, 46, 255]
const WHITE = [255, 255, 255, 255]
const GREY = [150, 150, 150, 255]
const CLEAR = [0, 0, 0, 0]

// The drawing on a 0..1 square: what colour the point (x, y) is.
function colourAt(x, y) {
  const r = 0.18
  const cx = Math.min(Math.max(x, r), 1 - r)
  const cy = Math.min(Math.max(y, r), 1 - r)
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR
  const onSheet = x > 0.24 && x < 0.76 && y > 0.16 && y < 0.84
  if (!onSheet) return RED
  if (y > 0.26 && y < 0.31 && x > 0.34 && x < 0.66) return RED
  for (const top of [0.42, 0.52, 0.62]) {
    if (y > top && y < top + 0.035 && x > 0.32 && x < 0.68) return GREY
  }
  if (y > 0.72 && y < 0.755 && x > 0.5 && x < 0.68) return GREY
  return WHITE
}

// Four samples a pixel so small sizes keep their shape.
function pixels(size) {
  const data = Buffer.alloc(size * size * 4)
  const offsets = [0.25, 0.75]
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (const oy of offsets) {
        for (const ox of offsets) {
          const c = colourAt((px + ox) / size, (py + oy) / size)
          for (let i = 0; i < 4; i++) sum[i] += c[i]
        }
      }
      for (let i = 0; i < 4; i++) data[(py * size + px) * 4 + i] = Math.round(sum[i] / 4)
    }
  }
  return data
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, body) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0)
  return Buffer.concat([head, body, crc])
}

function png(size) {
  const rgba = pixels(size)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

// An ICO whose entries are PNG images (Windows Vista and later read them at every size).
function ico(sizes) {
  const images = sizes.map(png)
  const head = Buffer.alloc(6 + 16 * sizes.length)
  head.writeUInt16LE(1, 2)
  head.writeUInt16LE(sizes.length, 4)
  let offset = head.length
  sizes.forEach((size, i) => {
    const at = 6 + 16 * i
    head[at] = size >= 256 ? 0 : size
    head[at + 1] = size >= 256 ? 0 : size
    head.writeUInt16LE(1, at + 4)
    head.writeUInt16LE(32, at + 6)
    head.writeUInt32LE(images[i].length, at + 8)
    head.writeUInt32LE(offset, at + 12)
    offset += images[i].length
  })
  return Buffer.concat([head, ...images])
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'icon.png'), png(512))
writeFileSync(join(dir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]))
