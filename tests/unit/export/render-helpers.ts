import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'

// LibreOffice renders for the render check. The official fonts are mapped to free look-alikes by
// tests/fixtures/fonts/fonts.conf. LibreOffice 7.4 puts every CJK character in two grid cells when
// docGrid charSpace is negative (it cannot condense to Word's 28-character grid), so the copy it
// renders has charSpace 0 and sets 27 characters a line; the 28-character grid is checked in the
// XML instead. Everything vertical (line pitch, positions, page numbers) is unaffected.

export const FONTS_CONF = join(__dirname, '..', '..', 'fixtures', 'fonts', 'fonts.conf')
export const PT_PER_MM = 72 / 25.4

export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0
}

export async function renderCopy(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx)
  const xml = await zip.file('word/document.xml')!.async('string')
  zip.file('word/document.xml', xml.replace(/w:charSpace="-?\d+"/, 'w:charSpace="0"'))
  return zip.generateAsync({ type: 'uint8array' })
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
