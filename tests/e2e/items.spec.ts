import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, grantSigning, signOff, submitDraft, test } from './fixtures'

/** The 交办清单 as the 政府办 sends it: a title row, the header, then the items. */
async function assignmentList(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('交办清单')
  sheet.addRow(['2025年市人大代表建议交办清单'])
  sheet.addRow([
    '序号',
    '届次',
    '建议号',
    '案由',
    '领衔代表',
    '交办日期',
    '办理方式',
    '承办科室',
    '经办人'
  ])
  sheet.addRow([
    1,
    '市九届三次会议',
    '068',
    '关于加强村医队伍建设的建议',
    '王明',
    new Date('2025-03-10'),
    '主办',
    '基层卫生科',
    '陈静'
  ])
  sheet.addRow([
    2,
    '市九届三次会议',
    '071',
    '关于完善异地就医结算的建议',
    '李红',
    new Date('2025-03-10'),
    '协办',
    '医政科',
    '刘洋'
  ])
  mkdirSync(dir, { recursive: true })
  const file = join(dir, '交办清单.xlsx')
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()))
  return file
}

test('an item goes from the XLSX 交办清单 through draft, review, reply, contact and feedback to the statistics and the 汇总表', async ({
  page,
  app
}, testInfo) => {
  await app.open(page)
  await grantSigning(page, '王局长')
  await page.getByRole('button', { name: '办理台账' }).click()
  await page.getByRole('button', { name: '导入交办清单' }).click()
  await page.getByLabel('选择交办清单文件').setInputFiles(await assignmentList(testInfo.outputDir))
  await expect(page.getByLabel('“建议号”列对应')).toHaveValue('number')
  await expect(page.getByLabel('“案由”列对应')).toHaveValue('title')
  await expect(page.getByRole('table', { name: '清单预览' })).toContainText(
    '关于加强村医队伍建设的建议'
  )
  await page.getByRole('button', { name: '导入 2 件' }).click()
  await expect(page.getByRole('region', { name: '导入结果' })).toContainText('已导入 2 件')
  await page.getByRole('button', { name: '完成' }).click()

  const table = page.getByRole('table', { name: '建议提案列表' })
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table).toContainText('2025年6月10日前')
  await table.getByRole('link', { name: '关于加强村医队伍建设的建议' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('待签收')

  // Starting the reply signs for the item and fills the draft from the register.
  await page.getByRole('button', { name: '起草答复' }).click()
  await expect(page).toHaveURL(/#\/draft\//)
  await expect(page.getByLabel('建议/提案标题')).toHaveValue('关于加强村医队伍建设的建议')
  await expect(page.getByLabel('编号')).toHaveValue('068')

  // Review: the clerk submits, the leader signs.
  await submitDraft(page, /关于加强村医队伍建设/, '陈静')

  await page.getByRole('button', { name: '办理台账' }).click()
  await page.getByRole('link', { name: '关于加强村医队伍建设的建议' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('待审核')
  await page.goBack()
  await page.goBack()

  await signOff(page, '王局长')

  // The reply goes out: the item records it, then the contact and the proposer's feedback.
  await page.getByRole('button', { name: '办理台账' }).click()
  await page.getByRole('link', { name: '关于加强村医队伍建设的建议' }).click()
  await expect(page.getByRole('region', { name: '答复' })).toContainText('已签发')
  const publicCopy = page.waitForEvent('download')
  await page.getByRole('button', { name: '政务公开版' }).click()
  expect((await publicCopy).suggestedFilename()).toMatch(/（公开版）\.docx$/)
  const web = page.getByLabel('政务公开版文本')
  await expect(web).toHaveValue(/（此件主动公开）/)
  await expect(web).not.toHaveValue(/抄送|经办人/)
  await page.getByRole('button', { name: '登记答复' }).click()
  const replyForm = page.getByRole('form', { name: '登记答复' })
  await replyForm.getByLabel('答复日期').fill('2025-05-20')
  await replyForm.getByLabel('答复文号').fill('市卫健函〔2025〕12号')
  await replyForm.getByLabel('办理结果类别').selectOption('A')
  await replyForm.getByRole('button', { name: '确定' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('已答复')

  const contact = page.getByRole('form', { name: '记录沟通' })
  await contact.getByLabel('阶段').selectOption('办后')
  await contact.getByLabel('沟通日期').fill('2025-05-22')
  await contact.getByLabel('沟通方式').fill('当面')
  await contact.getByLabel('沟通情况').fill('送达答复，征询意见')
  await contact.getByRole('button', { name: '记录沟通' }).click()
  await expect(page.getByRole('region', { name: '与代表委员沟通' })).toContainText(
    '办后 · 2025年5月22日 · 当面 · 王明：送达答复，征询意见'
  )

  await page.getByRole('button', { name: '登记反馈' }).click()
  const feedback = page.getByRole('form', { name: '登记反馈' })
  await feedback.getByLabel('满意度').selectOption('满意')
  await feedback.getByRole('button', { name: '确定' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('已反馈')
  await page.getByRole('button', { name: '办结' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('办结')

  // Statistics and the 汇总表.
  await page.getByRole('link', { name: '← 办理台账' }).click()
  await page.getByRole('button', { name: '统计与汇总表' }).click()
  await page.getByLabel('统计范围').selectOption({ label: '2025年' })
  const figures = page.getByLabel('总体情况')
  await expect(figures).toContainText('总件数2')
  await expect(figures).toContainText('办结率50%')
  await expect(figures).toContainText('按时办结率50%')
  await expect(figures).toContainText('满意率100%')
  await expect(page.getByRole('img', { name: /办理结果类别/ })).toHaveAttribute(
    'aria-label',
    '办理结果类别：A类1件，未定1件'
  )
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出汇总表（XLSX）' }).click()
  const file = await (await download).path()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('汇总表')
  expect(sheet?.getCell('A1').value).toBe('2025年度建议提案办理情况汇总表')
  const row = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1, 11)
  expect(row(2)).toEqual([
    '序号',
    '编号',
    '标题',
    '提出人',
    '承办方式',
    '办理结果类别',
    '答复文号',
    '答复日期',
    '沟通方式',
    '满意度'
  ])
  expect(row(3)).toEqual([
    '1',
    '068',
    '关于加强村医队伍建设的建议',
    '王明',
    '主办',
    'A',
    '市卫健函〔2025〕12号',
    '2025-05-20',
    '当面',
    '满意'
  ])
  expect(row(4).slice(0, 5)).toEqual(['2', '071', '关于完善异地就医结算的建议', '李红', '协办'])

  // The year-end report says the same, as a document the bureau can send.
  const report = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出办理情况报告（DOCX）' }).click()
  const docx = await JSZip.loadAsync(readFileSync(await (await report).path()))
  const body = ((await docx.file('word/document.xml')?.async('string')) ?? '').replace(
    /<[^>]+>/g,
    ''
  )
  expect(body).toContain('已答复1件，办结率50%；按期答复1件，按时办结率50%。')
  expect(body).toContain('满意1件、基本满意0件、不满意0件，满意率100%')
})
