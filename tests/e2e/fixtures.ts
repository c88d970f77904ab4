import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import type { Input, MethodName, Output } from '../../electron/contract'
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host'

export type AppFixture = BrowserHost & {
  open: (page: Page) => Promise<void>
  /** opens the app and starts a new reply, as a clerk's first click does */
  newDraft: (page: Page) => Promise<void>
}

// Each test gets its own data dir and port: a fresh app, as a clerk would see after installing.
export const test = base.extend<{ app: AppFixture }>({
  // Playwright reads the fixture's dependencies from this destructuring, so it must stay.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-e2e-'))
    const host = await startBrowserHost({ dataDir })
    const open = async (page: Page) => {
      await page.goto(host.appUrl)
      await expect(page.getByRole('button', { name: '建议提案答复助手' })).toBeVisible()
    }
    await use({
      ...host,
      open,
      newDraft: async (page) => {
        await open(page)
        await page.getByRole('button', { name: '新建答复' }).click()
        await expect(page).toHaveURL(/#\/draft\//)
      }
    })
    await host.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }

/** Types through the IME path Chromium uses for Pinyin: composition updates, then a commit. */
export async function typeWithIme(page: Page, steps: { composing: string[]; commit: string }[]) {
  const cdp = await page.context().newCDPSession(page)
  for (const step of steps) {
    for (const text of step.composing) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length
      })
    }
    await cdp.send('Input.insertText', { text: step.commit })
  }
  await cdp.detach()
}

/**
 * Puts the caret at the end of an editor block, as a click there and End would, without depending
 * on where a click lands or where a wrapped line ends; waits until the editor has seen it.
 */
export async function caretAtEnd(block: Locator) {
  await block.evaluate(async (el) => {
    const root = el.closest('[contenteditable="true"]') as HTMLElement
    root.focus()
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    let last: Node | null = null
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node
    const range = document.createRange()
    if (last) range.setStart(last, last.textContent?.length ?? 0)
    else range.setStart(el, el.childNodes.length)
    const selection = window.getSelection() as Selection
    selection.removeAllRanges()
    selection.addRange(range)
    // selectionchange reaches the editor as a task of its own: let it run before any key.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  })
}

/** First run: the wizard filled from the 渌口 example and saved. */
export async function startWithLukouProfile(page: Page) {
  const wizard = page.getByRole('form', { name: '首次使用：填写单位设置' })
  await wizard
    .getByLabel('从示例开始（可选）')
    .selectOption({ label: '株洲市渌口区卫生健康局（渌口样式）' })
  await wizard.getByRole('button', { name: '保存单位设置' }).click()
  await expect(page.getByRole('status')).toContainText('单位设置已保存')
}

/** Switches the person the review screens act as, as the 切换人员 menu does. */
export async function signInAs(page: Page, name: string, pin?: string) {
  await page.getByLabel('切换人员').selectOption({ label: '其他人员…' })
  await page.getByLabel('姓名', { exact: true }).fill(name)
  if (pin !== undefined) await page.getByLabel('PIN', { exact: true }).fill(pin)
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByLabel('当前人员')).toContainText(`我是：${name}`)
}

export const SIGNER_PIN = '2468'

/**
 * Setup for a sign-off: the admin adds `name` as a 主管领导 with 签发权 in 设置 → 人员 and saves.
 * They still set a PIN (setPin) before their first sign-off: that makes their signing key.
 */
export async function grantSigning(page: Page, name: string) {
  await page.getByRole('button', { name: '设置', exact: true }).click()
  const leaders = page.getByRole('table', { name: '主管领导' })
  const before = await leaders.getByRole('row').count()
  await page.getByRole('button', { name: '添加主管领导' }).click()
  const n = Math.max(before, 1)
  await page.getByLabel(`第${n}个主管领导姓名`).fill(name)
  await page.getByLabel(`第${n}个主管领导有签发权`).check()
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('有未保存的修改')).toHaveCount(0)
}

/** Sets the signed-in person's PIN with the PIN button beside 我是. */
export async function setPin(page: Page, pin = SIGNER_PIN) {
  const person = page.getByLabel('当前人员')
  await person.getByRole('button', { name: 'PIN', exact: true }).click()
  await person.getByLabel('新 PIN').fill(pin)
  await person.getByRole('button', { name: '保存 PIN' }).click()
  await expect(person.getByLabel('新 PIN')).toHaveCount(0)
}

/** In 审核, the clerk opens the draft whose title matches and submits it. */
export async function submitDraft(page: Page, title: RegExp, clerk: string) {
  await page.getByRole('button', { name: '审核', exact: true }).click()
  await page
    .getByRole('region', { name: '草稿（可送审）' })
    .getByRole('button', { name: title })
    .click()
  await signInAs(page, clerk)
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
}

/** The leader, given 签发权 by grantSigning, sets their PIN and signs the open reply. */
export async function signOff(page: Page, leader: string) {
  await signInAs(page, leader)
  await setPin(page)
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '签发' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('已签发')
}

export async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
}

/** Fills every field a 建议 reply needs before it can be exported (the 咸宁 sample's values). */
export async function fillExportFields(page: Page, session = '市六届人大三次会议') {
  await page.getByLabel('届次').fill(session)
  await page.getByLabel('编号').fill('068')
  await page.getByLabel('提出人', { exact: true }).fill('许国欣')
  await page.getByLabel('建议/提案标题').fill('关于完善医联体体系的意见和建议')
  await page.getByLabel('发文机关').fill('咸宁市卫生健康委员会')
  await page.getByLabel('办理结果').selectOption('A')
  await page.getByLabel('成文日期').fill('2024-06-20')
  await page.getByLabel('主管领导', { exact: true }).fill('董伟峰')
  await page.getByLabel('经办人', { exact: true }).fill('张洁')
}

/**
 * Clears the template's skeleton (its 【…】 prompts block export) and leaves the caret in an empty
 * body paragraph, as a clerk who writes the whole body does.
 */
export async function clearBody(page: Page): Promise<Locator> {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await editor.click()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Backspace')
  await page.getByLabel('段落级别').selectOption('paragraph')
  await editor.click()
  return editor
}

/**
 * 办理台账 → 逐件登记: registers one item with the given form values, by label (承办方式 is a
 * choice, the rest are typed).
 */
export async function registerItem(page: Page, values: Record<string, string>) {
  await page.getByRole('button', { name: '办理台账' }).click()
  await page.getByRole('button', { name: '逐件登记' }).click()
  const form = page.getByRole('form', { name: '逐件登记' })
  for (const [label, value] of Object.entries(values)) {
    if (label === '承办方式') await form.getByLabel(label).selectOption(value)
    else await form.getByLabel(label).fill(value)
  }
  await form.getByRole('button', { name: '登记' }).click()
}

/** What the services hold now, asked from the page with its token (a check beside what it shows). */
export async function fromService<M extends MethodName>(
  page: Page,
  app: AppFixture,
  method: M,
  input: Input<M>
): Promise<Output<M>> {
  const answer = await page.evaluate(
    async ({ method, input, token }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'x-replydesk-token': token, 'content-type': 'application/json' },
        body: JSON.stringify(input)
      })
      return ((await response.json()) as { value: unknown }).value
    },
    { method, input: input as object, token: app.token }
  )
  return answer as Output<M>
}

/** The id the open screen's route names (#/draft/<id>, #/items/<id>). */
export async function routeId(page: Page): Promise<string> {
  return decodeURIComponent((await page.evaluate(() => location.hash)).split('/')[2] ?? '')
}
