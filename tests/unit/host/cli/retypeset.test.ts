import JSZip from 'jszip'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bodyText } from '../../../../electron/domain/body'
import { parseReply } from '../../../../electron/domain/parse'
import { runCli } from '../../../../electron/host/cli/main'
import { tempDir } from '../../helpers'

const seeds = join(__dirname, '..', '..', '..', 'fixtures', 'seeds')
const SAMPLES = [
  'reply-lukou-2025-renda-17.txt',
  'reply-yueyang-2024-zhengxie-167.txt',
  'reply-xianning-2024-renda-068.txt'
]

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '')
}

describe('cli retypeset', () => {
  it.each(SAMPLES)(
    're-typesets %s into a conformant DOCX with the body text intact',
    async (name) => {
      const out = join(tempDir(), 'retypeset.docx')
      const lines: string[] = []
      const code = await runCli(['retypeset', join(seeds, name), '-o', out, '--json'], {
        stdout: (s) => lines.push(s),
        stderr: (s) => lines.push(s)
      })
      expect(code).toBe(0)
      const report = JSON.parse(lines.join('\n')) as { violations: unknown[] }
      expect(report.violations).toEqual([])
      const parsed = parseReply(readFileSync(join(seeds, name), 'utf8'))
      const docText = (await documentText(out)).replace(/\s/g, '')
      for (const paragraph of bodyText(parsed.body).split('\n')) {
        expect(docText).toContain(paragraph.replace(/\s/g, ''))
      }
      expect(docText).toContain(parsed.fields.title?.replace(/\s/g, ''))
    }
  )

  it('drops the spaces PDF extraction put into dates and numbers, and says how many', async () => {
    const out = join(tempDir(), 'retypeset.docx')
    const lines: string[] = []
    const code = await runCli(['retypeset', join(seeds, SAMPLES[0]!), '-o', out], {
      stdout: (s) => lines.push(s),
      stderr: (s) => lines.push(s)
    })
    expect(code).toBe(0)
    expect(readFileSync(join(seeds, SAMPLES[0]!), 'utf8')).toContain('2024 年 1 月 1 日')
    const text = await documentText(out)
    expect(text).toContain('2024年1月1日至2024年12月31日')
    expect(text).not.toMatch(/\d\s+[年月日]|[年月]\s+\d/)
    expect(lines.join('\n')).toMatch(/已去掉 \d+ 处从 PDF 提取带入的多余空格/)
  })

  it('refuses a document that is not a reply', async () => {
    const err: string[] = []
    const code = await runCli(
      ['retypeset', join(seeds, 'news-zhuzhou-health-2024.txt'), '-o', join(tempDir(), 'x.docx')],
      { stdout: () => {}, stderr: (s) => err.push(s) }
    )
    expect(code).toBe(1)
    expect(err.join('')).toContain('不是建议提案答复')
  })
})

describe('cli output files', () => {
  const run = async (args: string[]) => {
    const lines: string[] = []
    const code = await runCli(args, { stdout: (s) => lines.push(s), stderr: (s) => lines.push(s) })
    return { code, text: lines.join('\n') }
  }

  it('refuses to overwrite without --force, and never writes over its input', async () => {
    const dir = tempDir()
    const input = join(dir, 'reply.txt')
    const original = readFileSync(join(seeds, SAMPLES[0]!))
    writeFileSync(input, original)
    const out = join(dir, 'out.docx')
    writeFileSync(out, 'kept')
    const refused = await run(['retypeset', input, '-o', out])
    expect(refused.code).toBe(2)
    expect(refused.text).toContain('文件已存在')
    expect(readFileSync(out, 'utf8')).toBe('kept')
    expect((await run(['retypeset', input, '-o', out, '--force'])).code).toBe(0)
    const self = await run(['retypeset', input, '-o', input, '--force'])
    expect(self.code).toBe(2)
    expect(self.text).toContain('不能与输入文件相同')
    expect(readFileSync(input).equals(original)).toBe(true)
  })
})
