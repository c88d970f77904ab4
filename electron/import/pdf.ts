import { dirname, join } from 'node:path'
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api'
import { LIMITS, TooComplex } from './limits'
import { failure, textResult, type ReadResult } from './read-result'

// PDF text through pdfjs-dist's legacy build (the one meant for Node). Lines are rebuilt from the
// items' positions; an indented line starts with two ideographic spaces so the text cleaner sees a
// new paragraph; pages are separated by form feeds. Chinese PDFs often use predefined CMaps, which
// pdfjs can only read with cMapUrl pointing at its bundled cmaps folder.

let pdfjs: Promise<typeof Pdfjs> | undefined

function loadPdfjs(): Promise<typeof Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjs
}

function assetsDir(): string {
  return dirname(require.resolve('pdfjs-dist/package.json'))
}

type Line = { y: number; x: number; size: number; parts: { x: number; end: number; str: string }[] }

const MIN_TEXT_PER_PAGE = 10

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item
}

function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = []
  for (const item of items) {
    if (!item.str) continue
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[]
    const size = Math.hypot(c, d) || item.height || 10
    let line = lines.find((l) => Math.abs(l.y - y) < Math.min(l.size, size) * 0.5)
    if (!line) {
      line = { y, x, size, parts: [] }
      lines.push(line)
    }
    line.x = Math.min(line.x, x)
    line.parts.push({ x, end: x + item.width, str: item.str })
  }
  return lines.sort((a, b) => b.y - a.y)
}

function lineText(line: Line): string {
  const parts = [...line.parts].sort((a, b) => a.x - b.x)
  let text = ''
  let end = Number.NEGATIVE_INFINITY
  for (const part of parts) {
    const gap = part.x - end
    if (text && gap > line.size * 0.3 && !/\s$/.test(text) && !/^\s/.test(part.str)) text += ' '
    text += part.str
    end = Math.max(end, part.end)
  }
  return text.trimEnd()
}

export function pageText(items: TextItem[]): string {
  const lines = pageLines(items)
  const margin = lines.reduce((min, l) => Math.min(min, l.x), Number.POSITIVE_INFINITY)
  return lines
    .map((l) => (l.x - margin >= l.size * 1.5 ? '\u3000\u3000' : '') + lineText(l))
    .join('\n')
}

export async function readPdfBytes(bytes: Uint8Array): Promise<ReadResult> {
  const { getDocument } = await loadPdfjs()
  const assets = assetsDir()
  // pdfjs may detach the buffer it is given; the caller keeps its own.
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(assets, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(assets, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0
  })
  try {
    const doc = await task.promise
    if (doc.numPages > LIMITS.pdfPages) return failure('too-complex')
    const pages: string[] = []
    let characters = 0
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const text = pageText(content.items.filter(isTextItem))
      characters += text.length
      if (characters > LIMITS.characters) throw new TooComplex('characters')
      pages.push(text)
      page.cleanup()
    }
    const text = pages.join('\n\f')
    if (text.replace(/\s/g, '').length < MIN_TEXT_PER_PAGE * doc.numPages)
      return failure('scanned-pdf')
    return textResult(text)
  } catch (e) {
    if (e instanceof TooComplex) return failure('too-complex')
    return failure(
      (e as { name?: string } | null)?.name === 'PasswordException'
        ? 'encrypted-pdf'
        : 'corrupt-pdf'
    )
  } finally {
    await task.destroy()
  }
}
