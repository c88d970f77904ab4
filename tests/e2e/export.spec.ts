import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { convertWithSoffice, findSoffice } from '../../electron/office/soffice'
import { caretAtEnd, clearBody, expect, fillExportFields, test } from './fixtures'

test('plain text for the online system, and 打印 prints only the A4 pages', async ({
  page,
  app,
  context
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await app.open(page)
  await page.getByRole('button', { name: '新建答复' }).click()
  await page.getByLabel('届次').fill('市六届人大三次会议')
  await page.getByLabel('编号').fill('068')
  await page.getByLabel('提出人', { exact: true }).fill('许国欣')
  await page.getByLabel('建议/提案标题').fill('关于完善医联体体系的意见和建议')
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('全市已组建城市医疗集团3个。')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  await page.getByRole('button', { name: '纯文本' }).click()
  const dialog = page.getByRole('dialog', { name: '纯文本' })
  const text = dialog.getByLabel('纯文本内容')
  await expect(text).toHaveValue(/对市六届人大三次会议第068号建议的答复/)
  await expect(text).toHaveValue(/全市已组建城市医疗集团3个。/)
  await dialog.getByRole('button', { name: '复制全文' }).click()
  await expect(dialog).toContainText('已复制')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '全市已组建城市医疗集团3个。'
  )
  await page.keyboard.press('Escape')

  // Headless Chromium's own print job would race page.pdf(), which prints the same way.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: '打印' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  // What the print dialog prints: the print stylesheet leaves only the A4 pages of the preview.
  const file = join(mkdtempSync(join(tmpdir(), 'replydesk-pdf-')), 'printed.pdf')
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }))
  const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(printed.replace(/\s/g, '')).toContain('全市已组建城市医疗集团3个。')
  for (const chrome of ['交办信息', '预览', '校对', '批注', '导出 PDF']) {
    expect(printed).not.toContain(chrome)
  }
  expect(pageCount(file)).toBe(await page.locator('.preview-page').count())
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/)
})

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1])
}

// Twelve different paragraphs (a repeated one would be a proofreading error that stops export).
const paragraph = (i: number) =>
  `截至${2013 + i}年底，全市已组建城市医疗集团${i + 3}个、县域医疗卫生共同体${i + 9}个。牵头医院向基层派驻管理和技术人员${i * 10 + 12}名，开展联合门诊${i + 20}次、联合病房${i + 4}个，推动优质医疗资源下沉。`

test('导出 PDF saves a PDF file with the same pages as the DOCX', async ({ page, app }) => {
  test.skip(!findSoffice(), 'LibreOffice is not installed')
  test.setTimeout(120_000)
  await app.newDraft(page)
  await fillExportFields(page)
  await clearBody(page)
  for (let i = 0; i < 12; i++) {
    await page.keyboard.insertText(paragraph(i))
    await page.keyboard.press('Enter')
  }
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  const dir = mkdtempSync(join(tmpdir(), 'replydesk-pdf-'))
  const docxDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 DOCX' }).click()
  const docx = await docxDownload
  expect(docx.suggestedFilename()).toMatch(/\.docx$/)
  const rendered = await convertWithSoffice(
    findSoffice()!,
    readFileSync((await docx.path())!),
    'docx',
    'pdf'
  )
  writeFileSync(join(dir, 'docx.pdf'), rendered!)

  const pdfDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 PDF' }).click()
  const pdf = await pdfDownload
  expect(pdf.suggestedFilename()).toBe('对市六届人大三次会议第068号建议的答复.pdf')
  const file = join(dir, 'reply.pdf')
  await pdf.saveAs(file)
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  expect(text.replace(/\s/g, '')).toContain('许国欣代表：')
  expect(text).not.toContain('校对')
  expect(pageCount(file)).toBeGreaterThan(1)
  expect(pageCount(file)).toBe(pageCount(join(dir, 'docx.pdf')))
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible()
})
