import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertWithSoffice, findSoffice } from '../../../../electron/office/soffice'
import { cli as runCli, newLukouDraft as newDraft, tempDir } from '../../helpers'

// `cli export <id> -o reply.pdf`: the PDF is the exported DOCX as LibreOffice lays it out, so it
// has as many pages as that DOCX rendered on its own.

// LibreOffice is looked up on the PATH of the environment the CLI is given
const cli = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(args, env)
const soffice = findSoffice()

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
}

describe('cli export to PDF', () => {
  it.runIf(soffice)(
    'writes a PDF with the pages of the DOCX it exports',
    async () => {
      const dataDir = tempDir()
      const id = await newDraft(dataDir)
      const out = tempDir()
      const pdf = join(out, 'reply.pdf')
      const exported = await cli([
        'export',
        id,
        '--format',
        'pdf',
        '-o',
        pdf,
        '--json',
        '--data-dir',
        dataDir
      ])
      expect(exported.stderr).toBe('')
      expect(exported.code).toBe(0)
      expect(JSON.parse(exported.stdout)).toMatchObject({ path: pdf, type: 'pdf', approval: null })
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      expect(text.replace(/\s/g, '')).toContain('龙钺文等代表：')

      const docx = join(out, 'reply.docx')
      expect((await cli(['export', id, '-o', docx, '--data-dir', dataDir])).code).toBe(0)
      const rendered = await convertWithSoffice(soffice!, readFileSync(docx), 'docx', 'pdf')
      writeFileSync(join(out, 'docx.pdf'), rendered!)
      expect(pageCount(pdf)).toBe(pageCount(join(out, 'docx.pdf')))
      expect(pageCount(pdf)).toBeGreaterThan(1)
    },
    120_000
  )

  it('says in Chinese what to install when LibreOffice is missing', async () => {
    const dataDir = tempDir()
    const id = await newDraft(dataDir)
    const pdf = join(tempDir(), 'reply.pdf')
    const env = { ...process.env, REPLYDESK_SOFFICE: join(dataDir, 'no-soffice') }
    const exported = await cli(['export', id, '-o', pdf, '--data-dir', dataDir], env)
    expect(exported.code).toBe(1)
    expect(exported.stderr).toContain('请安装免费的 LibreOffice')
  })

  it('keeps --format for the document format and checks the output name', async () => {
    const dataDir = tempDir()
    const id = await newDraft(dataDir)
    const wrong = await cli([
      'export',
      id,
      '--format',
      'pdf',
      '-o',
      'x.docx',
      '--data-dir',
      dataDir
    ])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('.pdf')
    const review = await cli(['export', id, '--comments', '-o', 'x.pdf', '--data-dir', dataDir])
    expect(review.code).toBe(2)
    expect(review.stderr).toContain('DOCX')
  })
})
