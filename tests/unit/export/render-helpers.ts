import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// LibreOffice renders of the real exported file (never a doctored copy) for the render checks.
// The official fonts are mapped to free look-alikes by tests/fixtures/fonts/fonts.conf: the Chinese
// fonts to Noto/AR PL (full-width like 仿宋_GB2312), Times New Roman to Liberation Serif (the same
// advance widths), so line breaks match what Word and WPS set with the real fonts.

export const FONTS_CONF = join(__dirname, '..', '..', 'fixtures', 'fonts', 'fonts.conf')
export const PT_PER_MM = 72 / 25.4

export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0
}

/** Converts the named DOCX files in dir to PDF (or another format) with one soffice start. */
export function convertToPdf(dir: string, names: string[], format = 'pdf'): void {
  // a profile of its own, so a LibreOffice the user has open does not take the job over
  const profile = mkdtempSync(join(tmpdir(), 'replydesk-lo-'))
  try {
    convertWith(profile, dir, names, format)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

function convertWith(profile: string, dir: string, names: string[], format: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      dir,
      ...names.map((n) => join(dir, `${n}.docx`))
    ],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: 'ignore', timeout: 60_000 }
  )
}

export type PdfWord = { text: string; xMin: number; yMin: number; xMax: number; yMax: number }
export type PdfPage = { width: number; height: number; words: PdfWord[] }

/** Words with their boxes in points, page by page (pdftotext -bbox). */
export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })
  const pages: PdfPage[] = []
  for (const page of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)
    const words = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
      )
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    }))
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words })
  }
  return pages
}

/** Text lines as the baselines of their words, top to bottom (words within 2 pt share a line). */
export function lineBottoms(words: PdfWord[]): number[] {
  const bottoms = [...new Set(words.map((w) => Math.round(w.yMax * 10) / 10))].sort((a, b) => a - b)
  return bottoms.filter((y, i) => i === 0 || y - bottoms[i - 1]! > 2)
}

export function pagePngs(pdf: string, outPrefix: string): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, outPrefix])
}

export function writeDocx(dir: string, name: string, bytes: Uint8Array): void {
  writeFileSync(join(dir, `${name}.docx`), bytes)
}

/** Text lines of body size (16 pt) and title size (22 pt) inside the text block, page by page. */
export function runningText(page: PdfPage): string {
  return page.words
    .filter((w) => {
      const h = w.yMax - w.yMin
      // 3号 words are about 20.8 pt high and 2号 about 28.6; 4号 (版记, page numbers) and the
      // letterhead fall outside; the text block ends 35 mm above the paper's bottom
      return h > 19 && h < 31 && w.yMax < page.height - 97
    })
    .map((w) => w.text)
    .join('')
    .replace(/\s+/g, '')
}
