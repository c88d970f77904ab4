import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { caretAtEnd, expect, grantSigning, saved, setPin, signInAs, test } from './fixtures'

/** Selects the first occurrence of `words` in the reply body, as a mouse drag would. */
async function selectInBody(page: Page, words: string) {
  await page.getByRole('textbox', { name: '答复正文' }).evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + target.length)
      ;(root as HTMLElement).focus()
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      return
    }
    throw new Error(`not in the body: ${target}`)
  }, words)
}

/** Exports the review copy (open comments as Word comments) and returns two of its parts. */
async function reviewCopy(page: Page) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出审阅稿（含批注）' }).click()
  const zip = await JSZip.loadAsync(readFileSync(await (await download).path()))
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  return {
    document: await part('word/document.xml'),
    comments: await part('word/comments.xml'),
    properties: await part('docProps/custom.xml')
  }
}

test('the clerk submits, the leader comments and returns, the clerk fixes, the leader signs', async ({
  page,
  app
}) => {
  await app.open(page)
  await grantSigning(page, '王局长')
  await app.newDraft(page)
  await page.getByLabel('建议/提案标题').fill('关于加强村医队伍建设的建议')
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('今年全区共投入资金500万元，用于村卫生室建设。')
  await saved(page)

  // The clerk sends it for review from the review page.
  await page.getByRole('button', { name: '审核', exact: true }).click()
  await page
    .getByRole('region', { name: '草稿（可送审）' })
    .getByRole('button', { name: /关于加强村医队伍建设/ })
    .click()
  await expect(page).toHaveURL(/#\/review\//)
  await signInAs(page, '李明')
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision).toContainText('待审核')

  // The leader comments on a phrase and returns the reply with a reason.
  await signInAs(page, '王局长')
  await selectInBody(page, '500万元')
  await page.getByRole('button', { name: '批注所选文字' }).click()
  await page.getByLabel('批注内容').fill('资金数据请核实')
  await page.getByRole('button', { name: '保存批注' }).click()
  const comments = page.getByRole('region', { name: '批注' })
  await expect(comments.getByRole('article')).toContainText('“500万元”')
  await expect(comments.getByRole('article')).toContainText('资金数据请核实')
  await expect(page.locator('.editor-input mark')).toHaveText('500万元')
  await saved(page)

  // A leader who prefers WPS gets the same comment in the margin of a DOCX.
  const copy = await reviewCopy(page)
  expect(copy.comments).toContain('资金数据请核实')
  expect(copy.comments).toContain('w:author="王局长"')
  expect(copy.document).toMatch(/<w:commentRangeStart w:id="0"\/>(?:(?!<w:t).)*<w:t[^>]*>500万元/s)
  expect(copy.properties).toContain('未签发')

  await decision.getByRole('button', { name: '签发' }).click()
  await expect(page.getByRole('status').filter({ hasText: '还有 1 条批注未处理' })).toBeVisible()
  await decision.getByLabel('审核意见（退回时必填）').fill('请核实资金数据后再报')
  await decision.getByRole('button', { name: '退回修改' }).click()
  await expect(decision).toContainText('退回理由')
  await expect(decision).toContainText('请核实资金数据后再报')
  // the drafting screen says why, too
  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await page
    .getByRole('region', { name: '退回修改' })
    .getByText(/关于加强村医队伍建设/)
    .click()
  await expect(page.getByRole('note', { name: '退回理由' })).toHaveText(
    '王局长退回：请核实资金数据后再报'
  )
  await page.getByRole('button', { name: '审核与签发' }).click()
  await expect(page).toHaveURL(/#\/review\//)

  // The clerk corrects the figure, answers and resolves the comment, and resubmits.
  await signInAs(page, '李明')
  await selectInBody(page, '500')
  await page.keyboard.insertText('800')
  await expect(page.getByRole('textbox', { name: '答复正文' })).toContainText('投入资金800万元')
  await saved(page)
  await expect(decision.locator('.status-badge')).toHaveText('草稿')
  const thread = comments.getByRole('article')
  await thread.getByLabel('回复批注').fill('已与财务科核对，应为800万元')
  await thread.getByRole('button', { name: '回复' }).click()
  await expect(thread).toContainText('李明')
  await thread.getByRole('button', { name: '标记已处理' }).click()
  await expect(comments).toContainText('没有未处理的批注')
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')

  // The leader compares the versions and signs.
  await signInAs(page, '王局长')
  await setPin(page)
  await page.getByRole('tab', { name: '版本对比' }).click()
  await page.getByLabel('对比起点').selectOption({ label: '第 1 版 · 提交审核 · 李明' })
  const diff = page.getByLabel('正文对比')
  await expect(diff.locator('del')).toHaveText('5')
  await expect(diff.locator('ins')).toHaveText('8')
  await decision.getByLabel('审核意见（退回时必填）').fill('同意印发')
  await decision.getByRole('button', { name: '签发' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('已签发')
  await expect(decision.getByRole('note')).toContainText('已由 王局长')

  // The review package carries the approval.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出审核包' }).click()
  const pack = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    reply: { status: string }
    audit: { event: string; actor: string; note: string }[]
    comments: { text: string; resolved_by: string | null }[]
    versions: { reason: string; actor: string }[]
  }
  expect(pack.reply.status).toBe('approved')
  expect(pack.audit.filter((e) => e.event === 'approve')).toEqual([
    expect.objectContaining({ actor: '王局长', note: '同意印发' })
  ])
  expect(pack.versions.map((v) => v.reason)).toEqual(['submit', 'return', 'submit', 'approve'])

  // So does the DOCX: the sign-off is in the file's properties.
  const signed = await reviewCopy(page)
  expect(signed.properties).toMatch(/name="签发人"[^]*王局长/)
  expect(signed.comments).toBe('')
  expect(pack.comments.map((c) => [c.text, c.resolved_by])).toEqual([
    ['资金数据请核实', '李明'],
    ['已与财务科核对，应为800万元', null]
  ])

  const log = page.getByRole('region', { name: '审核记录' })
  await expect(log).toContainText('王局长 签发')
  await expect(log).toContainText('李明 退回后修改，转为草稿')
})
