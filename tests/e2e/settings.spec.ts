import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { startBrowserHost } from '../../electron/host/browser-host'
import { expect, test } from './fixtures'

const LUKOU_FILE = join(__dirname, '..', '..', 'templates', 'profiles', 'lukou.json')

const wizardOf = (page: Page) => page.getByRole('form', { name: '首次使用：填写单位设置' })
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

async function openSettings(page: Page) {
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(page.getByRole('heading', { name: '单位设置' })).toBeVisible()
}

async function saveSettings(page: Page) {
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').first()).toHaveText(
    '单位设置已保存，新建的答复将按此填写。'
  )
  await expect(page.getByText('有未保存的修改')).toHaveCount(0)
}

/** The preview's text as one line with every space removed: titles break and 回 复 is spaced. */
async function compact(preview: Locator) {
  return (await preview.innerText()).replace(/\s+/g, '')
}

async function setUpFromExample(page: Page) {
  const wizard = wizardOf(page)
  await wizard
    .getByLabel('从示例开始（可选）')
    .selectOption({ label: '株洲市渌口区卫生健康局（渌口样式）' })
  await expect(wizard.getByLabel('单位名称')).toHaveValue('株洲市渌口区卫生健康局')
  await wizard.getByRole('button', { name: '保存单位设置' }).click()
  await expect(page.getByRole('status')).toContainText('单位设置已保存')
}

async function download(page: Page, button: Locator): Promise<string> {
  const file = page.waitForEvent('download')
  await button.click()
  return readFileSync((await (await file).path()) ?? '', 'utf8')
}

test('from an empty profile, set up through the UI like 渌口, a reply reads like the sample', async ({
  page,
  app
}) => {
  await app.open(page)
  const wizard = wizardOf(page)
  await wizard.getByLabel('单位名称').fill('株洲市渌口区卫生健康局')
  await wizard.getByLabel('建议答复的文号代字').fill('渌卫复')
  await wizard.getByLabel('提案答复的文号代字').fill('渌卫复')
  await wizard.getByLabel('主管领导', { exact: true }).fill('曹虎')
  await wizard.getByLabel('主管领导电话').fill('1387410081')
  await expect(wizard.getByRole('alert')).toHaveText(
    '电话号码应为 11 位手机号码，或带区号的固定电话，如 0730-8206079。'
  )
  await wizard.getByLabel('主管领导电话').fill('13874100819')
  await wizard.getByLabel('经办人', { exact: true }).fill('刘海茵')
  await wizard.getByLabel('经办人电话').fill('15873304217')
  await wizard.getByLabel('版式', { exact: true }).selectOption('letter')
  await expect(wizard.getByRole('alert')).toHaveCount(0)
  await wizard.getByRole('button', { name: '保存单位设置' }).click()
  await expect(page.getByRole('status')).toContainText('单位设置已保存')
  await expect(wizard).toHaveCount(0)

  await openSettings(page)
  await expect(page.getByLabel('单位名称（发文机关）')).toHaveValue('株洲市渌口区卫生健康局')
  await expect(page.getByLabel('第1个经办人电话')).toHaveValue('15873304217')

  const docNumber = section(page, '文号')
  await docNumber.getByLabel('协办意见文号代字').fill('渌卫函')
  await docNumber.getByLabel('文号行写法').selectOption('{doc_number}[（{classification}）类]')
  await expect(docNumber.getByLabel('建议下一个文号')).toHaveText(/^渌卫复〔\d{4}〕1号$/)
  // The marks go on the 文号 line only once 版式 says so; until then the line is the number alone.
  await expect(docNumber.getByLabel('文号行示例')).toHaveText(/^渌卫复〔\d{4}〕1号$/)

  const cc = section(page, '抄送')
  await cc.getByLabel('人大建议的抄送单位').selectOption('list')
  await cc.getByLabel('第1个人大抄送单位名称').fill('区人大常委会联工委')
  await cc.getByLabel('第1个人大抄送单位份数').fill('2')
  await cc.getByRole('button', { name: '添加人大抄送单位' }).click()
  await cc.getByLabel('第2个人大抄送单位名称').fill('区政府督查室')
  await cc.getByLabel('第2个人大抄送单位份数').fill('2')
  await cc.getByLabel('抄送写法').selectOption('local')
  await expect(cc.getByLabel('人大抄送示例')).toHaveText(
    '抄送：区人大常委会联工委一式两份，区政府督查室一式两份。'
  )

  const layout = section(page, '模板与版式')
  await layout.getByLabel('标题样式').selectOption('organ')
  await layout.getByLabel('答复用语').selectOption('回复')
  await layout.getByLabel('类别和公开标识的位置').selectOption('docline')
  await layout.getByLabel('问候语').fill('您好！')
  await layout
    .getByLabel('联系人信息（每行一项，留空则按模板）')
    .fill(
      '主管领导：{leader}，联系电话：{leader_phone}；\n经 办 人：{handler}，联系电话：{handler_phone}；'
    )
  await expect(layout.getByLabel('版式示例')).toContainText(
    '经 办 人：刘海茵，联系电话：15873304217；'
  )
  await expect(docNumber.getByLabel('文号行示例')).toHaveText(/^渌卫复〔\d{4}〕1号（A）类$/)
  await saveSettings(page)

  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await page.getByRole('button', { name: '新建答复' }).click()
  await expect(page).toHaveURL(/#\/draft\//)
  await page.getByLabel('届次').fill('区人大二届五次会议')
  await page.getByLabel('编号').fill('17')
  await page.getByLabel('提出人', { exact: true }).fill('龙钺文等')
  await page.getByLabel('建议/提案标题').fill('关于推进基层医疗服务')
  await page.getByLabel('办理结果').selectOption('A')
  await page.getByLabel('成文日期').fill('2025-07-16')
  await expect(page.getByLabel('发文机关')).toHaveValue('株洲市渌口区卫生健康局')
  await expect(page.getByLabel('主管领导', { exact: true })).toHaveValue('曹虎')
  await page.getByRole('button', { name: '取号' }).click()
  await expect(page.getByLabel('文号')).toHaveValue('渌卫复〔2025〕1号')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  const preview = page.getByLabel('打印预览')
  await expect
    .poll(() => compact(preview))
    .toContain('株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复')
  const text = await preview.innerText()
  const lines = text.split('\n').map((l) => l.trim())
  expect(lines).toContain('龙钺文等代表：')
  expect(lines).toContain('渌卫复〔2025〕1号（A）类')
  expect(lines).toContain('主管领导：曹虎，联系电话：13874100819；')
  expect(lines).toContain('经 办 人：刘海茵，联系电话：15873304217；')
  expect(lines).toContain('抄送：区人大常委会联工委一式两份，区政府督查室一式两份。')
})

test('the profile moves to a second PC through its file and brings the same settings', async ({
  page,
  app,
  browser
}) => {
  await app.open(page)
  await setUpFromExample(page)
  await openSettings(page)
  await page.getByLabel('第1个经办人电话').fill('0731-22871234')
  await saveSettings(page)
  const exported = await download(page, page.getByRole('button', { name: '导出设置文件' }))
  expect(JSON.parse(exported)).toMatchObject({
    organ: '株洲市渌口区卫生健康局',
    handlers: [{ name: '刘海茵', phone: '0731-22871234' }],
    cc_mode: 'local'
  })

  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-e2e-second-'))
  const second = await startBrowserHost({ dataDir })
  const context = await browser.newContext({ acceptDownloads: true })
  try {
    const other = await context.newPage()
    await other.goto(second.appUrl)
    await other.getByRole('button', { name: '稍后设置' }).click()
    await expect(other.getByText('尚未填写单位设置')).toBeVisible()
    await openSettings(other)
    await expect(other.getByLabel('单位名称（发文机关）')).toHaveValue('')
    await other.getByLabel('导入设置文件').setInputFiles({
      name: '渌口-设置.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported)
    })
    await expect(other.getByRole('status').first()).toContainText('已导入设置文件“渌口-设置.json”')
    await expect(other.getByLabel('单位名称（发文机关）')).toHaveValue('株洲市渌口区卫生健康局')
    await expect(other.getByLabel('建议文号代字')).toHaveValue('渌卫复')
    await expect(other.getByLabel('第1个经办人电话')).toHaveValue('0731-22871234')
    await expect(other.getByLabel('第2个人大抄送单位名称')).toHaveValue('区政府督查室')
    const again = await download(other, other.getByRole('button', { name: '导出设置文件' }))
    expect(JSON.parse(again)).toEqual(JSON.parse(exported))

    await other.getByRole('button', { name: '建议提案答复助手' }).click()
    await expect(other.getByRole('region', { name: '我的草稿' })).toBeVisible()
    await expect(other.getByText('尚未填写单位设置')).toHaveCount(0)
    await expect(wizardOf(other)).toHaveCount(0)
  } finally {
    await context.close()
    await second.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('a bad settings file or a refused save changes nothing and loses nothing typed', async ({
  page,
  app
}) => {
  await app.open(page)
  await setUpFromExample(page)
  await openSettings(page)

  await page.getByLabel('第1个主管领导姓名').fill('曹虎虎')
  const source = readFileSync(LUKOU_FILE, 'utf8')
  const line = source.split('\n').findIndex((l) => l.includes('"cc_mode"')) + 1
  await page.getByLabel('导入设置文件').setInputFiles({
    name: '渌口-设置.json',
    mimeType: 'application/json',
    buffer: Buffer.from(source.replace('"cc_mode": "local"', '"cc_mode": "宽松"'))
  })
  await expect(section(page, '设置文件').getByRole('status')).toHaveText(
    `设置文件未导入，现有设置未改动。渌口-设置.json 第 ${line} 行：（cc_mode）应为“strict”、“local”之一`
  )
  await expect(page.getByLabel('第1个主管领导姓名')).toHaveValue('曹虎虎')
  await expect(page.getByLabel('抄送写法')).toHaveValue('local')

  await page.getByLabel('邮政编码').fill('41200')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').first()).toContainText('单位设置有误，未保存')
  await expect(section(page, '单位信息').getByRole('alert')).toHaveText(
    '邮政编码：邮政编码应为 6 位数字'
  )
  await expect(page.getByLabel('第1个主管领导姓名')).toHaveValue('曹虎虎')

  await page.reload()
  await expect(page.getByLabel('第1个主管领导姓名')).toHaveValue('曹虎')
  await expect(page.getByLabel('邮政编码')).toHaveValue('')
  await expect(page.getByLabel('抄送写法')).toHaveValue('local')
})

test('the clerk learns which official fonts this PC lacks and what WPS/Word shows instead', async ({
  page,
  app
}) => {
  await app.open(page)
  await setUpFromExample(page)
  await openSettings(page)
  // No test machine has the commercial 方正 fonts installed.
  const title = section(page, '公文字体').getByRole('row').filter({ hasText: '方正小标宋简体' })
  await expect(title).toContainText('未安装')
  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await page.getByRole('button', { name: '新建答复' }).click()
  await expect(page.getByRole('note', { name: '字体' })).toContainText('方正小标宋简体')
})
