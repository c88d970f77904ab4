import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { openServices, type OpenedServices } from '../../../../electron/services'
import { tempDir } from '../../helpers'

const TEMPLATES = join(__dirname, '..', '..', '..', '..', 'templates')

export function openItemsServices(today = '2025-05-01T09:00:00'): OpenedServices {
  return openServices({
    dataDir: tempDir(),
    mode: 'cli',
    version: 'test',
    templatesDir: TEMPLATES,
    now: () => new Date(today)
  })
}

/** A 交办清单 as a city office sends it: a title row, then the header, then the items. */
export async function assignmentXlsx(rows: (string | Date)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('交办清单')
  sheet.addRow(['2025年市人大代表建议交办清单'])
  sheet.addRow([
    '序号',
    '届次',
    '建议编号',
    '案由',
    '领衔代表',
    '交办日期',
    '承办方式',
    '承办科室',
    '经办人'
  ])
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]))
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}
