import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDocx } from '../../../electron/export/docx'
import { SAMPLES } from '../../fixtures/export/samples'
import {
  type PdfPage,
  type PdfWord,
  PT_PER_MM,
  convertToPdf,
  hasSoffice,
  lineBottoms,
  pagePngs,
  pdfWords,
  writeDocx
} from './render-helpers'

// Golden replies rendered by LibreOffice and measured with pdftotext -bbox. Page PNGs stay in
// tests/artifacts/render/ for a person to look at.

const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'render')
const SKIP = hasSoffice() ? '' : 'soffice (LibreOffice) is not installed: render checks skipped'
if (SKIP) console.warn(SKIP)

const PITCH_PT = 28.95
const TEXT_TOP_MM = 37
const TEXT_BOTTOM_MM = 262
const TEXT_CENTRE_MM = 28 + 156 / 2
const TEXT_RIGHT_MM = 210 - 26
const ONE_CHAR_4_MM = 14 / PT_PER_MM

const mm = (pt: number) => pt / PT_PER_MM
const bodyWords = (page: PdfPage) => page.words.filter((w) => mm(w.yMax) < TEXT_BOTTOM_MM + 1)
const footerWords = (page: PdfPage) => page.words.filter((w) => mm(w.yMin) > TEXT_BOTTOM_MM)

/** Words grouped into visual lines, top to bottom. */
function lines(words: PdfWord[]): PdfWord[][] {
  return lineBottoms(words).map((y) => words.filter((w) => Math.abs(w.yMax - y) <= 2))
}

const textOf = (line: PdfWord[]) => line.map((w) => w.text).join('')
const centreMm = (line: PdfWord[]) =>
  mm((Math.min(...line.map((w) => w.xMin)) + Math.max(...line.map((w) => w.xMax))) / 2)

const NAMES = ['lukou', 'yueyang', 'xianning'] as const
const pdfs: Record<string, PdfPage[]> = {}

beforeAll(async () => {
  if (SKIP) return
  rmSync(ARTIFACTS, { recursive: true, force: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  for (const name of NAMES) {
    writeDocx(ARTIFACTS, name, await buildDocx(SAMPLES[name]()))
  }
  convertToPdf(ARTIFACTS, [...NAMES])
  for (const name of NAMES) {
    const pdf = join(ARTIFACTS, `${name}.pdf`)
    pdfs[name] = pdfWords(pdf)
    pagePngs(pdf, join(ARTIFACTS, name))
  }
}, 60_000)

describe.skipIf(!!SKIP)('render check (LibreOffice)', () => {
  it('renders every golden reply to several A4 pages and keeps PNGs of them', () => {
    for (const name of NAMES) {
      const pages = pdfs[name]!
      expect(pages.length).toBeGreaterThanOrEqual(3)
      expect(mm(pages[0]!.width)).toBeCloseTo(210, 0)
      expect(mm(pages[0]!.height)).toBeCloseTo(297, 0)
      const pngs = readdirSync(ARTIFACTS).filter(
        (f) => f.startsWith(`${name}-`) && f.endsWith('.png')
      )
      expect(pngs).toHaveLength(pages.length)
    }
  })

  it('fills a full body page with 22 lines at the grid pitch', () => {
    for (const name of NAMES) {
      const bottoms = lineBottoms(bodyWords(pdfs[name]![1]!))
      expect(bottoms).toHaveLength(22)
      for (let i = 1; i < bottoms.length; i++) {
        expect(bottoms[i]! - bottoms[i - 1]!).toBeCloseTo(PITCH_PT, 0)
      }
      expect(mm(bottoms[0]!)).toBeGreaterThan(TEXT_TOP_MM)
      expect(mm(bottoms[0]!)).toBeLessThan(TEXT_TOP_MM + mm(PITCH_PT))
      expect(mm(bottoms[21]!)).toBeLessThanOrEqual(TEXT_BOTTOM_MM)
    }
  })

  it('centres the title within 2 mm of the text block', () => {
    const titles: Record<string, string[]> = {
      lukou: ['株洲市渌口区卫生健康局', '关于对区人大二届五次会议', '第17号建议的回复'],
      yueyang: ['对岳阳市政协九届三次会议', '第167号提案的答复'],
      xianning: ['对市六届人大三次会议第068号建议的答复']
    }
    for (const name of NAMES) {
      // the letterhead can read like the title's first line; the title lines come last
      const found = lines(pdfs[name]![0]!.words)
        .filter((l) => titles[name]!.includes(textOf(l)))
        .slice(-titles[name]!.length)
      expect(found.map(textOf)).toEqual(titles[name])
      for (const line of found) expect(Math.abs(centreMm(line) - TEXT_CENTRE_MM)).toBeLessThan(2)
    }
  })

  it('puts odd page numbers right and even ones left, one character in, and none on page 1 of a letter', () => {
    for (const name of NAMES) {
      pdfs[name]!.forEach((page, i) => {
        const words = footerWords(page)
        const letterFirstPage = i === 0 && name !== 'yueyang'
        if (letterFirstPage) {
          expect(words).toEqual([])
          return
        }
        expect(textOf(words)).toBe(`—${i + 1}—`)
        const left = mm(Math.min(...words.map((w) => w.xMin)))
        const right = mm(Math.max(...words.map((w) => w.xMax)))
        if ((i + 1) % 2) expect(Math.abs(right - (TEXT_RIGHT_MM - ONE_CHAR_4_MM))).toBeLessThan(1.5)
        else expect(Math.abs(left - (28 + ONE_CHAR_4_MM))).toBeLessThan(1.5)
      })
    }
  })

  it('sets the 文号 flush right in a letter and centred in the standard format', () => {
    const letterNumber = lines(pdfs.lukou![0]!.words).find((l) => textOf(l).startsWith('渌卫复'))!
    expect(mm(Math.max(...letterNumber.map((w) => w.xMax)))).toBeCloseTo(TEXT_RIGHT_MM, 0)
    const standardNumber = lines(pdfs.yueyang![0]!.words).find((l) =>
      textOf(l).startsWith('岳卫字')
    )!
    expect(Math.abs(centreMm(standardNumber) - TEXT_CENTRE_MM)).toBeLessThan(2)
  })

  it('pins the 版记 to the bottom of the last page', () => {
    for (const name of ['lukou', 'yueyang'] as const) {
      const last = pdfs[name]!.at(-1)!
      const bottom = lines(bodyWords(last)).at(-1)!
      expect(mm(bottom[0]!.yMax)).toBeGreaterThan(TEXT_BOTTOM_MM - 3)
      expect(textOf(bottom)).toMatch(/印发$|一式两份。$/)
    }
  })
})
