import { join } from 'node:path'
import { expect, test } from './fixtures'

const SEED = join(__dirname, '..', 'fixtures', 'seeds', 'reply-lukou-2025-renda-17.txt')

test('a search already on screen shows the replies imported after it, without typing again', async ({
  page,
  app
}) => {
  await app.open(page)
  await page.getByRole('button', { name: '档案库', exact: true }).click()
  const search = page.getByRole('searchbox', { name: '检索档案' })
  await search.fill('医共体')
  await expect(page.getByText('没有找到相符的答复')).toBeVisible()

  await page.getByLabel('选择要导入的文件', { exact: true }).setInputFiles(SEED)
  const report = page.getByRole('region', { name: '导入结果' })
  await expect(report.getByRole('status')).toContainText('已导入 1', { timeout: 30_000 })
  await expect(search).toHaveValue('医共体')
  await expect(page.getByRole('list', { name: '检索结果' }).getByRole('listitem')).toHaveCount(1)
})
