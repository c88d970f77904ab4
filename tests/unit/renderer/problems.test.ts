import { describe, expect, it } from 'vitest'
import {
  hasProblemAt,
  problemsIn,
  problemsOf,
  problemText,
  sectionOf
} from '../../../renderer/src/features/settings/problems'

const phone = { path: ['handlers', 0, 'phone'], message: '电话号码应为 11 位手机号码' }
const copies = { path: ['cc_presets', '人大', 1, 'copies'], message: '不能多于 99' }
const line = { path: ['layout', 'contact', 'lines', 2], message: '占位符缺少“}”' }
const year = { path: ['doc_prefixes_by_year', '202'], message: '年份应为四位数字' }

describe('settings problems', () => {
  it('words where each problem is, as a clerk names the setting', () => {
    expect(problemText(phone)).toBe('第1个经办人的电话：电话号码应为 11 位手机号码')
    expect(problemText(copies)).toBe('人大抄送第2项的份数：不能多于 99')
    expect(problemText(line)).toBe('联系人信息第3行：占位符缺少“}”')
    expect(problemText(year)).toBe('202年的文号代字：年份应为四位数字')
    expect(problemText({ path: ['postcode'], message: '邮政编码应为 6 位数字' })).toBe(
      '邮政编码：邮政编码应为 6 位数字'
    )
  })

  it('puts each problem in the section that holds its setting', () => {
    expect([phone, copies, line, year].map(sectionOf)).toEqual([
      'people',
      'cc',
      'templates',
      'docNumber'
    ])
    expect(problemsIn([phone, copies], 'cc')).toEqual(['人大抄送第2项的份数：不能多于 99'])
    expect(hasProblemAt([phone], 'handlers', 0, 'phone')).toBe(true)
    expect(hasProblemAt([phone], 'handlers', 1, 'phone')).toBe(false)
  })

  it('reads the problems a refused save sends back, and nothing else', () => {
    expect(problemsOf({ problems: [phone] })).toEqual([phone])
    expect(problemsOf(undefined)).toEqual([])
    expect(problemsOf({ problems: 'x' })).toEqual([])
  })
})
