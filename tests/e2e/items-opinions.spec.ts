import { join } from 'node:path'
import { expect, registerItem, test } from './fixtures'

const LETTER = join(__dirname, '..', 'fixtures', 'import', 'reply-sample.docx')

/** A date `days` from today on this machine's clock, which the services share. */
function fromToday(days: number): string {
  const d = new Date()
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate() + days)
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`
}

const chinese = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

test('a 协办 unit sends its opinion with the letter and the item is done; the lead unit sees who is missing', async ({
  page,
  app
}) => {
  await app.open(page)
  await registerItem(page, {
    届次: '区人大二届五次会议',
    编号: '21',
    标题: '关于加强医保基金监管的建议',
    交办日期: fromToday(-20),
    承办方式: '协办'
  })
  await expect(page.getByLabel('办理状态')).toHaveText('待签收')

  // The 1-month 协办 deadline from the profile.
  const opinions = page.getByRole('region', { name: '协办意见' })
  const due = new Date(`${fromToday(-20)}T00:00:00`)
  due.setMonth(due.getMonth() + 1)
  await expect(opinions).toContainText(
    `意见应于${due.getFullYear()}年${due.getMonth() + 1}月${due.getDate()}日前送达主办单位`
  )
  const sent = opinions.getByRole('form', { name: '登记发出的意见' })
  await sent.getByLabel('主办单位').fill('区医保局')
  await sent.getByLabel('发出日期').fill(fromToday(-2))
  await sent.getByLabel('文号').fill('渌卫函〔2025〕8号')
  await sent.getByLabel('意见摘要').fill('同意主办单位意见，补充村卫生室医保结算情况')

  // A letter the importer cannot read is refused in Chinese; nothing typed is lost.
  await sent.getByLabel('意见函（DOCX、PDF）').setInputFiles({
    name: '意见.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not a pdf at all')
  })
  await sent.getByRole('button', { name: '登记发出的意见' }).click()
  await expect(opinions.locator('.error-line')).toContainText('附件“意见.pdf”未能读取')
  await expect(sent.getByLabel('意见摘要')).toHaveValue(
    '同意主办单位意见，补充村卫生室医保结算情况'
  )
  await expect(page.getByLabel('办理状态')).toHaveText('待签收')

  await sent.getByLabel('意见函（DOCX、PDF）').setInputFiles(LETTER)
  await sent.getByRole('button', { name: '登记发出的意见' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('办结')
  const listed = opinions.getByLabel('已登记的协办意见')
  await expect(listed).toContainText(
    `发出 · ${chinese(fromToday(-2))} · 区医保局 · 渌卫函〔2025〕8号：同意主办单位意见`
  )
  await listed.getByText('附件：reply-sample.docx').click()
  await expect(listed.locator('.opinion-text')).not.toBeEmpty()
  await expect(page.getByRole('region', { name: '办理记录' })).toContainText(
    '发出协办意见：待签收 → 办结'
  )

  // The lead unit's item: the co-units are named, one opinion comes in, the other is overdue.
  await registerItem(page, {
    届次: '区人大二届五次会议',
    编号: '22',
    标题: '关于完善家庭医生签约服务的建议',
    交办日期: fromToday(-40)
  })
  await expect(page.getByLabel('办理状态')).toHaveText('待签收')
  await expect(opinions).toHaveCount(0)
  const fields = page.getByRole('form', { name: '交办信息' })
  await fields.getByLabel('协办单位（多个用“、”分隔）').fill('区医保局、区财政局')
  await fields.getByRole('button', { name: '保存交办信息' }).click()
  const units = opinions.getByLabel('协办单位意见')
  await expect(units).toContainText('区医保局：逾期未收到')
  await expect(units).toContainText('区财政局：逾期未收到')
  const received = opinions.getByRole('form', { name: '登记收到的意见' })
  await received.getByLabel('协办单位').fill('区医保局')
  await received.getByLabel('收到日期').fill(fromToday(-35))
  await received.getByLabel('意见摘要').fill('医保支付政策已明确')
  await received.getByRole('button', { name: '登记收到的意见' }).click()
  await expect(units).toContainText(`区医保局：已收到（${chinese(fromToday(-35))}）`)
  await expect(units).toContainText('区财政局：逾期未收到')
  await expect(page.getByLabel('办理状态')).toHaveText('待签收')
  // The form offers the unit still missing next.
  await expect(received.getByLabel('协办单位')).toHaveValue('区财政局')
})
