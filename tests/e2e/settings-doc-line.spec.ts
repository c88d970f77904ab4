import { expect, startWithLukouProfile, test } from './fixtures'

// Settings showed clerks the raw pattern {doc_number}[（{classification}）类]. They now choose the
// 文号 line by a worked example; the pattern is only under 高级.

test('the 文号 line is chosen by example, the raw pattern only under 高级', async ({
  page,
  app
}) => {
  await app.open(page)
  await startWithLukouProfile(page)
  await page.getByRole('button', { name: '设置', exact: true }).click()

  const docNumber = page.getByRole('region', { name: '文号', exact: true })
  const year = new Date().getFullYear()
  const choice = docNumber.getByLabel('文号行写法')
  await expect(choice).toHaveValue('{doc_number}[（{classification}）类]')
  await expect(choice.locator('option:checked')).toHaveText(`渌卫复〔${year}〕1号（A）类`)
  await expect(docNumber.getByLabel('文号行示例')).toHaveText(`渌卫复〔${year}〕1号（A）类`)
  await expect(docNumber.getByLabel('文号行格式')).toBeHidden()
  expect(await docNumber.innerText()).not.toContain('{')

  await choice.selectOption({ label: `渌卫复〔${year}〕1号（A类）` })
  await expect(docNumber.getByLabel('文号行示例')).toHaveText(`渌卫复〔${year}〕1号（A类）`)

  await docNumber.getByText('高级：文号行格式').click()
  await expect(docNumber.getByLabel('文号行格式')).toHaveValue(
    '{doc_number}[（{classification}类）]'
  )
})
