import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { caretAtEnd, expect, test } from './fixtures'

test('plain text for the online system and a print-ready PDF of the A4 pages', async ({
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

  await page.getByRole('button', { name: '导出 PDF' }).click()
  await expect(page.getByRole('status').filter({ hasText: '另存为 PDF' })).toBeVisible()
  // What the print dialog would save: the print stylesheet leaves only the A4 pages.
  const pdf = await page.pdf({ preferCSSPageSize: true })
  const file = join(mkdtempSync(join(tmpdir(), 'replydesk-pdf-')), 'reply.pdf')
  writeFileSync(file, pdf)
  const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(printed.replace(/\s/g, '')).toContain('全市已组建城市医疗集团3个。')
  expect(printed).not.toContain('交办信息')
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  expect(info).toMatch(/Page size:.*\(A4\)/)
})
