import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertToPdf, hasSoffice, pdfWords, runningText } from '../../export/render-helpers'
import { cli, newLukouDraft, tempDir } from '../../helpers'

describe.skipIf(!hasSoffice())('cli pages', () => {
  it('lists the pages of a draft as the exported DOCX breaks them in LibreOffice', async () => {
    const dataDir = tempDir()
    const id = await newLukouDraft(dataDir)
    const listed = await cli(['pages', id, '--json', '--data-dir', dataDir])
    expect(listed.stderr).toBe('')
    const pages = JSON.parse(listed.stdout) as { page: number; first: string; last: string }[]
    expect(pages.length).toBeGreaterThan(1)

    const dir = tempDir()
    await cli(['export', id, '-o', join(dir, 'reply.docx'), '--data-dir', dataDir])
    convertToPdf(dir, ['reply'])
    const rendered = pdfWords(join(dir, 'reply.pdf')).map(runningText)
    expect(pages).toEqual(
      rendered.map((text, i) => ({ page: i + 1, first: text.slice(0, 12), last: text.slice(-12) }))
    )
    const text = await cli(['pages', id, '--data-dir', dataDir])
    expect(text.stdout).toContain(`共 ${pages.length} 页`)
  }, 60_000)
})
