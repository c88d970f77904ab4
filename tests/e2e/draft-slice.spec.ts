import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { clearBody, expect, fillExportFields, test, typeWithIme } from './fixtures'

test('a clerk drafts in Chinese, the draft survives a reload and exports to DOCX', async ({
  page,
  app
}) => {
  await app.newDraft(page)

  await fillExportFields(page, '区人大二届五次会议')

  const editor = page.getByRole('textbox', { name: '答复正文' })
  await expect(editor).toContainText('【请简要介绍')
  // The template's prompts (【…】) block export, so the clerk writes over the whole skeleton.
  await clearBody(page)
  await page.keyboard.insertText('渌口区现有区人民医院、区中医医院2家二级甲等医疗机构。')
  await page.keyboard.press('Enter')
  await typeWithIme(page, [
    { composing: ['yi', 'yigong', 'yigongti'], commit: '医共体' },
    { composing: ['jianshe'], commit: '建设成效明显。' }
  ])
  await expect(editor).toContainText('医共体建设成效明显。')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  await page.reload()
  const reopened = page.getByRole('textbox', { name: '答复正文' })
  await expect(reopened).toContainText('渌口区现有区人民医院、区中医医院2家二级甲等医疗机构。')
  await expect(reopened).toContainText('医共体建设成效明显。')
  await expect(reopened).not.toContainText('yigong')
  await expect(page.getByLabel('编号')).toHaveValue('068')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 DOCX' }).click()
  const file = await (await download).path()
  const zip = await JSZip.loadAsync(readFileSync(file))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  expect(xml.replace(/<[^>]+>/g, '')).toContain('医共体建设成效明显。')
})

test('the home page lists drafts and opens one', async ({ page, app }) => {
  await app.open(page)
  await expect(page.getByRole('region', { name: '我的草稿' })).toContainText('还没有草稿')
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/draft\//)
  await page.getByLabel('建议/提案标题').fill('关于加强农村基层医疗保障体系建设的提案')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await page.getByRole('button', { name: /关于加强农村基层医疗保障体系建设的提案/ }).click()
  await expect(page.getByLabel('建议/提案标题')).toHaveValue(
    '关于加强农村基层医疗保障体系建设的提案'
  )
})
