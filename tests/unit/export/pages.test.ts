import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultLayout } from '../../../electron/domain/layout'
import { paginate, pageSummaries } from '../../../electron/domain/pages'
import type { ComposedReply } from '../../../electron/domain/composed-reply'
import { buildDocx } from '../../../electron/export/docx'
import { longReply } from '../../fixtures/export/long-reply'
import { SAMPLES, fullReply } from '../../fixtures/export/samples'
import {
  type PdfPage,
  PT_PER_MM,
  convertToPdf,
  hasSoffice,
  lineBottoms,
  pdfWords,
  runningText,
  writeDocx
} from './render-helpers'

// The page layout the preview shows is the one a reader gets: every exported DOCX (the real file)
// is rendered by LibreOffice, and each page must begin and end with the same characters as the
// layout engine's page. Also: 28 characters on full lines and 22 lines on full pages.

const DIR = join(__dirname, '..', '..', 'artifacts', 'pages')
const SKIP = hasSoffice() ? '' : 'soffice (LibreOffice) is not installed: page checks skipped'

const REPLIES: Record<string, () => ComposedReply> = {
  ...SAMPLES,
  full: fullReply,
  long: longReply
}

/** The independent GB/T 9704 checker the bureau's reviewers use, when shared/ is beside the clone. */
const SHARED_CHECK = join(__dirname, '..', '..', '..', '..', 'shared', 'tools', 'docx_check.py')

const rendered: Record<string, string[]> = {}
const pdfs: Record<string, PdfPage[]> = {}

beforeAll(async () => {
  if (SKIP) return
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  for (const [name, make] of Object.entries(REPLIES)) writeDocx(DIR, name, await buildDocx(make()))
  convertToPdf(DIR, Object.keys(REPLIES))
  for (const name of Object.keys(REPLIES)) {
    pdfs[name] = pdfWords(join(DIR, `${name}.pdf`))
    rendered[name] = pdfs[name].map(runningText)
  }
}, 120_000)

describe.skipIf(!!SKIP)('preview pages equal the DOCX in LibreOffice', () => {
  it.each(Object.keys(REPLIES))('%s breaks lines and pages where the preview does', (name) => {
    const preview = pageSummaries(paginate(REPLIES[name]!(), defaultLayout()))
    const docx = rendered[name]!.map((text, i) => ({
      page: i + 1,
      first: text.slice(0, 12),
      last: text.slice(-12)
    }))
    expect(preview).toEqual(docx)
  })

  it('sets the long reply on about 20 pages of 22 lines, full lines holding 28 characters', () => {
    const pages = pdfs.long!
    expect(pages.length).toBeGreaterThanOrEqual(20)
    const left = 28 * PT_PER_MM
    const right = (210 - 26) * PT_PER_MM
    const widths: number[] = []
    const counts = pages.map((page) => {
      const body = page.words.filter((w) => w.yMax - w.yMin > 19 && w.yMax < page.height - 97)
      const bottoms = lineBottoms(body)
      for (const y of bottoms) {
        const line = body.filter((w) => Math.abs(w.yMax - y) <= 2)
        const text = line.map((w) => w.text).join('')
        const x0 = Math.min(...line.map((w) => w.xMin))
        const x1 = Math.max(...line.map((w) => w.xMax))
        // a full line of Chinese text: from the left margin to the right one, no Latin or digits
        // (their widths differ) and no punctuation hanging in the margin
        if (
          Math.abs(x0 - left) < 2 &&
          x1 > right - 3 &&
          x1 < right + 1 &&
          !/[0-9A-Za-z]/.test(text)
        )
          widths.push([...text].length)
      }
      return bottoms.length
    })
    expect(counts.slice(1, -1).every((c) => c === 22)).toBe(true)
    // a line is one or two characters short only where a character may not start the next line
    // (。” or a number kept whole) and the line is justified out to the margin
    expect(widths.length).toBeGreaterThan(100)
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(26)
    expect(Math.max(...widths)).toBe(28)
    expect(widths.filter((w) => w === 28).length / widths.length).toBeGreaterThan(0.85)
  })

  it.skipIf(!existsSync(SHARED_CHECK)).each(Object.keys(REPLIES))(
    '%s passes shared/tools/docx_check.py --render with 0 violations',
    (name) => {
      const run = spawnSync('python3', [SHARED_CHECK, join(DIR, `${name}.docx`), '--render'], {
        encoding: 'utf8',
        timeout: 120_000
      })
      expect(run.stdout).toContain('violations: 0')
    },
    130_000
  )
})
