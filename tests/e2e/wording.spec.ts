import { clearBody, expect, test } from './fixtures'

// A clerk pastes a whole earlier reply body, opening sentence and closing thanks included: the
// preview shows each once and says, once, that the template's sentences were left out.

test('a pasted body with its own opening and closing is not doubled by the template', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  await page.getByLabel('提出人', { exact: true }).fill('龙钺文等代表')
  await page.getByLabel('建议/提案标题').fill('关于推进基层医疗服务的建议')
  await clearBody(page)
  await page.keyboard.insertText('你们提出的《关于推进基层医疗服务的建议》收悉，现答复如下：')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('渌口区现有区人民医院、区中医医院2家二级甲等医疗机构。')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('感谢你们对卫生健康工作的关心和支持。')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  const preview = page.getByRole('complementary', { name: '打印预览' })
  await expect(preview.getByRole('note').filter({ hasText: '正文已有自己的' })).toHaveCount(1)
  await expect(preview.getByRole('note').filter({ hasText: '正文已有自己的' })).toContainText(
    '开头语（“……收悉”“现答复如下”）和结束语'
  )
  const pages = preview.locator('.preview-page')
  await expect(pages.first()).toContainText('收悉')
  expect(((await pages.allTextContents()).join('').match(/收悉/g) ?? []).length).toBe(1)
  expect(((await pages.allTextContents()).join('').match(/关心和支持/g) ?? []).length).toBe(1)
})
