import { expect, fromService, registerItem, routeId, test } from './fixtures'

// A clerk corrects and removes what was mistyped on an item: a contact, then a 协办意见.

test('a contact and a sent 协办意见 are corrected and deleted; the item follows', async ({
  page,
  app
}) => {
  await app.open(page)
  await registerItem(page, {
    届次: '区人大二届五次会议',
    编号: '31',
    标题: '关于加强医保基金监管的建议',
    提出人: '王明',
    交办日期: '2025-03-10',
    承办方式: '协办'
  })
  await expect(page.getByLabel('办理状态')).toHaveText('待签收')

  // A contact, its date mistyped, then corrected, then removed.
  const contacts = page.getByRole('region', { name: '与代表委员沟通' })
  const record = contacts.getByRole('form', { name: '记录沟通' })
  await record.getByLabel('沟通日期').fill('2025-03-21')
  await record.getByLabel('沟通方式').fill('电话')
  await record.getByLabel('沟通情况').fill('了解诉求')
  await record.getByRole('button', { name: '记录沟通' }).click()
  const listed = contacts.getByRole('list', { name: '已记录的沟通' })
  await expect(listed).toContainText('办前 · 2025年3月21日 · 电话 · 王明：了解诉求')

  await listed.getByRole('button', { name: '修改' }).click()
  const fix = listed.getByRole('form', { name: '修改沟通记录' })
  await expect(fix.getByLabel('沟通日期')).toHaveValue('2025-03-21')
  await expect(fix.getByLabel('沟通情况')).toHaveValue('了解诉求')
  await fix.getByLabel('沟通日期').fill('2025-03-12')
  await fix.getByRole('button', { name: '保存' }).click()
  await expect(listed).toContainText('办前 · 2025年3月12日 · 电话 · 王明：了解诉求')
  await expect(fix).toHaveCount(0)
  expect(
    (await fromService(page, app, 'items:get', { id: await routeId(page) })).contacts
  ).toMatchObject([{ stage: '办前', date: '2025-03-12', way: '电话', summary: '了解诉求' }])

  await listed.getByRole('button', { name: '删除' }).click()
  const ask = contacts.getByRole('alertdialog')
  await expect(ask).toContainText('删除沟通记录“办前 · 2025年3月12日 · 电话 · 王明”？')
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(listed).toContainText('2025年3月12日')
  await listed.getByRole('button', { name: '删除' }).click()
  await ask.getByRole('button', { name: '确认删除' }).click()
  await expect(listed).toHaveCount(0)
  await expect(contacts.locator('h2')).toContainText('办前—')
  expect((await fromService(page, app, 'items:get', { id: await routeId(page) })).contacts).toEqual(
    []
  )

  // The opinion sent to the lead unit closes the item; its 文号 corrected, then it is removed.
  const opinions = page.getByRole('region', { name: '协办意见' })
  const sent = opinions.getByRole('form', { name: '登记发出的意见' })
  await sent.getByLabel('主办单位').fill('区医保局')
  await sent.getByLabel('发出日期').fill('2025-03-28')
  await sent.getByLabel('文号').fill('渌卫函〔2025〕8号')
  await sent.getByRole('button', { name: '登记发出的意见' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('办结')
  const registered = opinions.getByRole('list', { name: '已登记的协办意见' })
  await expect(registered).toContainText('发出 · 2025年3月28日 · 区医保局 · 渌卫函〔2025〕8号')

  await registered.getByRole('button', { name: '修改' }).click()
  const fixOpinion = registered.getByRole('form', { name: '修改协办意见' })
  await expect(fixOpinion.getByLabel('文号')).toHaveValue('渌卫函〔2025〕8号')
  await fixOpinion.getByLabel('文号').fill('渌卫函〔2025〕9号')
  await fixOpinion.getByRole('button', { name: '保存' }).click()
  await expect(registered).toContainText('发出 · 2025年3月28日 · 区医保局 · 渌卫函〔2025〕9号')
  await expect(page.getByLabel('办理状态')).toHaveText('办结')
  const corrected = await fromService(page, app, 'items:get', { id: await routeId(page) })
  expect(corrected.opinions.list).toMatchObject([{ doc_number: '渌卫函〔2025〕9号' }])
  expect(corrected.item).toMatchObject({ status: 'closed', reply_doc_number: '渌卫函〔2025〕9号' })

  await registered.getByRole('button', { name: '删除' }).click()
  const askOpinion = opinions.getByRole('alertdialog')
  await expect(askOpinion).toContainText(
    '删除发出的意见“2025年3月28日 · 区医保局 · 渌卫函〔2025〕9号”？删除后不能恢复。该件因这条意见办结，删除后回到“办理中”。'
  )
  await askOpinion.getByRole('button', { name: '确认删除' }).click()
  await expect(registered).toHaveCount(0)
  await expect(page.getByLabel('办理状态')).toHaveText('办理中')
  await expect(page.getByRole('region', { name: '办理记录' })).toContainText(
    '重新办理：办结 → 办理中'
  )
  const removed = await fromService(page, app, 'items:get', { id: await routeId(page) })
  expect(removed.opinions.list).toEqual([])
  expect(removed.item).toMatchObject({ status: 'handling', reply_date: '', reply_doc_number: '' })
})
