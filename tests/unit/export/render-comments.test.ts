import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { defaultLayout } from '../../../electron/domain/layout'
import { buildDocx } from '../../../electron/export/docx'
import { SAMPLES } from '../../fixtures/export/samples'
import { tempDir } from '../helpers'
import { convertToPdf, hasSoffice, writeDocx } from './render-helpers'

// A review copy must open in an office suite with its comments in the margin; LibreOffice is the
// suite CI has, and it reads the same w:comment parts WPS and Word do.

describe.skipIf(!hasSoffice())('a review copy in LibreOffice', () => {
  it('opens with every comment, anchored ones over their words', async () => {
    const dir = tempDir()
    const at = '2025-07-10T02:00:00.000Z'
    const bytes = await buildDocx(SAMPLES.lukou(), defaultLayout(), {
      comments: [
        { author: '曹虎', date: at, text: '请核实医共体进展', quote: '医共体', occurrence: 0 },
        { author: '曹虎', date: at, text: '这句已删', quote: '没有这句话', occurrence: 0 }
      ]
    })
    writeDocx(dir, 'review', bytes)
    convertToPdf(dir, ['review'], 'odt')
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'review.odt')))
    const content = await zip.file('content.xml')!.async('string')
    const notes = content.match(/<office:annotation [\s\S]*?<\/office:annotation>/g) ?? []
    expect(notes).toHaveLength(2)
    expect(notes.join('')).toContain('请核实医共体进展')
    expect(notes.join('')).toContain('批注所指文字已改动')
    expect(notes.join('')).toContain('曹虎')
    // The words between the anchored comment and its end marker are the ones it was made on.
    const note = notes.find((n) => n.includes('请核实医共体进展'))!
    const name = /office:name="([^"]+)"/.exec(note)![1]!
    const from = content.indexOf(note) + note.length
    const to = content.indexOf(`<office:annotation-end office:name="${name}"/>`, from)
    expect(content.slice(from, to).replace(/<[^>]+>/g, '')).toBe('医共体')
  }, 120_000)
})
