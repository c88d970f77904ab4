import { expect, grantSigning, registerItem, signOff, submitDraft, test } from './fixtures'

test("the 政务公开 copy follows the bureau's redaction settings; the due notification is a setting, off by default", async ({
  page,
  app
}) => {
  await app.open(page)
  await page.getByRole('button', { name: '设置', exact: true }).click()
  const rules = page.getByRole('region', { name: '政务公开版', exact: true })
  await expect(rules.getByLabel('代表委员姓名')).toHaveValue('keep')
  await expect(rules.getByLabel('电话号码')).toHaveValue('mask')
  await rules.getByLabel('代表委员姓名').selectOption('部分遮盖')
  await rules.getByLabel('主管领导、经办人（联系人）').selectOption('部分遮盖')
  await rules.getByLabel('电话号码').selectOption('删除')
  const notify = page.getByLabel(/启动时用系统通知提醒/)
  await expect(notify).not.toBeChecked()
  await notify.check()
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').first()).toHaveText(
    '单位设置已保存，新建的答复将按此填写。'
  )
  await page.reload()
  await expect(rules.getByLabel('代表委员姓名')).toHaveValue('mask')
  await expect(page.getByLabel(/启动时用系统通知提醒/)).toBeChecked()
  await grantSigning(page, '王局长')

  // An item answered and signed: its public copy hides the deputy and the clerk as set.
  await registerItem(page, {
    届次: '市九届三次会议',
    编号: '068',
    标题: '关于加强村医队伍建设的建议',
    提出人: '王明'
  })
  await page.getByRole('button', { name: '起草答复' }).click()
  await expect(page).toHaveURL(/#\/draft\//)
  await page.getByLabel('经办人', { exact: true }).fill('刘海茵')
  await page.getByLabel('经办人电话').fill('15873304217')
  await submitDraft(page, /关于加强村医队伍建设/, '刘海茵')
  await signOff(page, '王局长')

  await page.getByRole('button', { name: '办理台账' }).click()
  await page.getByRole('link', { name: '关于加强村医队伍建设的建议' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '政务公开版' }).click()
  await download
  const web = page.getByLabel('政务公开版文本')
  await expect(web).toHaveValue(/王某代表：/)
  await expect(web).toHaveValue(/刘某某/)
  await expect(web).not.toHaveValue(/王明|刘海茵|15873304217/)
  // The removed phone takes its label along.
  await expect(web).toHaveValue(/经 ?办 ?人：刘某某/)
  await expect(web).not.toHaveValue(/电话[:：]\s*(\n|$)/)
})
