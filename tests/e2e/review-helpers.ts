import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export async function signInAs(page: Page, name: string) {
  await page.getByLabel('切换人员').selectOption({ label: '其他人员…' })
  await page.getByLabel('姓名', { exact: true }).fill(name)
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByLabel('当前人员')).toContainText(`我是：${name}`)
}

export async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
}
