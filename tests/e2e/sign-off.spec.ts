import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { canonicalJson } from '../../electron/domain/review/package'
import { contentHash, sha256 } from '../../electron/services/review/review-steps'
import {
  clearBody,
  expect,
  fillExportFields,
  grantSigning,
  saved,
  setPin,
  signInAs,
  signOff,
  test
} from './fixtures'

// Issue 12 item 4: only a person with 签发 rights and their PIN can sign, and a doctored package
// cannot claim a sign-off.

async function submittedReply(page: Page) {
  await fillExportFields(page)
  await clearBody(page)
  await page.keyboard.insertText('全市已组建城市医疗集团3个。')
  await saved(page)
  await page.getByRole('button', { name: '审核与签发' }).click()
  await expect(page).toHaveURL(/#\/review\//)
  await signInAs(page, '李明')
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
  return decision
}

test('a clerk without 签发 rights who presses 签发 is refused, and the reply stays in review', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  const decision = await submittedReply(page)
  await decision.getByRole('button', { name: '签发' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: '“李明”没有签发权，不能签发' })
  ).toBeVisible()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
  await page.reload()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
})

test('a leader given 签发 rights sets a PIN, signs, and the exported DOCX names the 签发人', async ({
  page,
  app
}) => {
  await app.open(page)
  await grantSigning(page, '王局长')
  const people = page.getByRole('region', { name: '人员', exact: true })
  await expect(people).toContainText('本人设置 PIN 后生成签名密钥')
  await expect(page.getByRole('note', { name: '签发与电子签名说明' })).toContainText('不能防止')

  await app.newDraft(page)
  const decision = await submittedReply(page)
  await signInAs(page, '王局长')
  await setPin(page)
  await decision.getByRole('button', { name: '签发' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('已签发')
  await expect(decision.getByRole('note')).toContainText('已由 王局长')

  await page.getByRole('button', { name: '返回编辑' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 DOCX' }).click()
  const zip = await JSZip.loadAsync(readFileSync((await (await download).path())!))
  const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? ''
  expect(custom).toMatch(/name="审核状态"[^]*已签发/)
  expect(custom).toMatch(/name="签发人"[^]*王局长/)
  await expect(page.getByRole('status').filter({ hasText: '王局长已签发' })).toBeVisible()

  // The key made with the PIN is now registered in the profile.
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(people).toContainText('已登记签名公钥')
})

test('a package the clerk doctored to 已签发 by 局长, hashes recomputed, is refused and changes nothing', async ({
  page,
  app
}) => {
  await app.open(page)
  await grantSigning(page, '局长')
  await app.newDraft(page)
  const decision = await submittedReply(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出审核包' }).click()
  const pkg = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    reply: {
      status: string
      fields: unknown
      body: unknown
      template_id: string
      content_hash: string
    }
    versions: Record<string, unknown>[]
    audit: Record<string, unknown>[]
    hash?: string
  }

  // What the clerk did by hand: approved, signed by 局长, and both sha256 values recomputed.
  pkg.reply.status = 'approved'
  pkg.versions.push({
    ...pkg.versions[0],
    id: 'forged',
    reason: 'approve',
    status: 'approved',
    actor: '局长'
  })
  pkg.audit.push({
    ...pkg.audit[0],
    id: 'forged',
    event: 'approve',
    actor: '局长',
    to_status: 'approved'
  })
  pkg.reply.content_hash = contentHash(pkg.reply)
  delete pkg.hash
  const doctored = { ...pkg, hash: sha256(canonicalJson(pkg)) }
  const file = join(mkdtempSync(join(tmpdir(), 'replydesk-forged-')), '审核包.json')
  writeFileSync(file, JSON.stringify(doctored))

  const reviewUrl = page.url()
  await page.getByRole('button', { name: '审核', exact: true }).click()
  await page.getByLabel('选择审核包文件').setInputFiles(file)
  await expect(
    page.getByRole('status').filter({ hasText: '审核包中的签发未通过验证' })
  ).toContainText('未导入任何内容')
  await expect(page.getByRole('region', { name: '待审核' })).toContainText('关于完善医联体')
  await expect(page.getByRole('region', { name: '已签发' })).toHaveCount(0)
  await page.goto(reviewUrl)
  await page.reload()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
  await expect(decision.getByRole('note')).toHaveCount(0)
})

test('a sign-off that no longer verifies is listed apart, not among the signed replies', async ({
  page,
  app
}) => {
  await app.open(page)
  await grantSigning(page, '王局长')
  await app.newDraft(page)
  await submittedReply(page)
  await signOff(page, '王局长')
  await page.getByRole('button', { name: '审核', exact: true }).click()
  await expect(page.getByRole('region', { name: '已签发' })).toContainText('医联体')

  // The admin takes 王局长's rights away: his signature no longer counts on this PC.
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await page.getByLabel('第1个主管领导有签发权').uncheck()
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('有未保存的修改')).toHaveCount(0)

  await page.getByRole('button', { name: '审核', exact: true }).click()
  await expect(page.getByRole('region', { name: '签发未通过验证' })).toContainText('医联体')
  await expect(page.getByRole('region', { name: '已签发' })).toHaveCount(0)
  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await expect(page.getByRole('region', { name: '签发未通过验证' })).toContainText('医联体')
  await expect(page.getByRole('region', { name: '已签发' })).toHaveCount(0)
})
