import { expect, test } from './fixtures'

test('leaving settings with unsaved changes asks: stay, save and leave, or leave without saving', async ({
  page,
  app
}) => {
  await app.open(page)
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(page.getByRole('heading', { name: '单位设置' })).toBeVisible()
  const postcode = page.getByLabel('邮政编码')
  await postcode.fill('412000')
  await expect(page.getByText('有未保存的修改')).toBeVisible()

  await page.getByRole('button', { name: '档案库' }).click()
  const ask = page.getByRole('alertdialog', { name: '离开单位设置' })
  await expect(ask).toContainText('未保存的修改')
  await ask.getByRole('button', { name: '留在此页' }).click()
  await expect(page.getByRole('heading', { name: '单位设置' })).toBeVisible()
  await expect(postcode).toHaveValue('412000')

  await page.getByRole('button', { name: '档案库' }).click()
  await ask.getByRole('button', { name: '保存并离开' }).click()
  await expect(page).toHaveURL(/#\/archive/)
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(postcode).toHaveValue('412000')

  await postcode.fill('412001')
  await page.getByRole('button', { name: '审核', exact: true }).click()
  await ask.getByRole('button', { name: '不保存，离开' }).click()
  await expect(page).toHaveURL(/#\/review/)
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(postcode).toHaveValue('412000')
})
