import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import type { Handlers } from '../../contract'
import { AppFailure } from '../../contract/result'
import {
  importable,
  INTAKE_FIELDS,
  INTAKE_FIELD_LABELS,
  rowsToItems,
  suggestMapping,
  type ColumnMapping,
  type IntakeRow
} from '../../domain/items/intake'
import { parseTableText } from '../../domain/items/table-text'
import { inTransaction } from '../../store/db'
import { decodeText } from '../../import/text-file'
import {
  getColumnMap,
  insertEvent,
  insertItems,
  itemKeys,
  saveColumnMap
} from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { activeProfile } from '../draft-templates'
import { newItemRow } from './items-view'

// Bulk intake of the 交办清单: an XLSX or CSV file, or rows pasted from a spreadsheet.

type IntakeHandlers = Pick<Handlers, 'items:previewImport' | 'items:import'>
type Source = { fileName: string; base64?: string | undefined; text?: string | undefined }
type Table = { headers: string[]; rows: string[][] }

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return ''
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new AppFailure('unsupported', '无法读取这个 Excel 文件，请确认它是 .xlsx 格式且未加密。')
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0)
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[]
    rows.push(values.slice(1).map((v) => cellText(v).trim()))
  })
  return rows
}

/** The header is the first row that names at least two known columns; a title row above it is skipped. */
function findHeader(rows: string[][]): Table {
  const at = rows
    .slice(0, 10)
    .findIndex((r) => Object.values(suggestMapping(r.filter(Boolean))).filter(Boolean).length >= 2)
  if (at < 0) {
    throw new AppFailure(
      'invalid-input',
      '没有找到列名行：清单的第一行应是“编号、标题、提出人”等列名，请补上后重试。'
    )
  }
  const headers = (rows[at] as string[]).map((h, i) => h || `第${i + 1}列`)
  return { headers, rows: rows.slice(at + 1) }
}

export async function readSource(source: Source): Promise<Table> {
  const lower = source.fileName.toLowerCase()
  if (source.text !== undefined) return findHeader(parseTableText(source.text))
  const bytes = Buffer.from(source.base64 ?? '', 'base64')
  if (lower.endsWith('.xls') || lower.endsWith('.et')) {
    throw new AppFailure(
      'unsupported',
      '不支持旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入。'
    )
  }
  if (lower.endsWith('.xlsx')) return findHeader(await xlsxRows(bytes))
  if (lower.endsWith('.csv') || lower.endsWith('.txt'))
    return findHeader(parseTableText(decodeText(bytes)))
  throw new AppFailure('unsupported', '只能导入 .xlsx、.csv 文件或粘贴的表格内容。')
}

function bureau(ctx: ServiceContext): string {
  return activeProfile(ctx).organ || '本单位'
}

async function intake(ctx: ServiceContext, source: Source, mapping?: ColumnMapping) {
  const table = await readSource(source)
  const chosen =
    mapping ?? suggestMapping(table.headers, getColumnMap(ctx.db, bureau(ctx)) as ColumnMapping)
  if (!Object.values(chosen).includes('number') || !Object.values(chosen).includes('title')) {
    throw new AppFailure('invalid-input', '请为“编号”和“标题”各指定一列，再导入。')
  }
  const rows = rowsToItems(table.headers, table.rows, chosen, {
    year: ctx.now().getFullYear(),
    existing: itemKeys(ctx.db)
  })
  return { headers: table.headers, mapping: chosen, rows }
}

function skipReason(row: IntakeRow): string {
  if (row.duplicate)
    return `与台账中已有的 ${row.fields.session}第${row.fields.number}号重复，未导入`
  return row.problems.join('；')
}

export function itemsImportHandlers(ctx: ServiceContext): IntakeHandlers {
  return {
    'items:previewImport': async ({ source, mapping }) => {
      const { headers, mapping: chosen, rows } = await intake(ctx, source, mapping)
      return {
        headers,
        fields: INTAKE_FIELDS.map((field) => ({ field, label: INTAKE_FIELD_LABELS[field] })),
        mapping: chosen,
        rows,
        ready: rows.filter(importable).length
      }
    },

    'items:import': async ({ source, mapping }) => {
      const { rows } = await intake(ctx, source, mapping)
      const at = ctx.now().toISOString()
      const fresh = rows.filter(importable).map((r) => newItemRow(r.fields, 'pending', at))
      inTransaction(ctx.db, () => {
        insertItems(ctx.db, fresh)
        for (const row of fresh) {
          insertEvent(ctx.db, {
            id: randomUUID(),
            item_id: row.id,
            action: 'create',
            from_status: '',
            to_status: 'pending',
            note: `导入交办清单 ${source.fileName}`,
            created_at: at
          })
        }
        saveColumnMap(ctx.db, bureau(ctx), mapping, at)
      })
      return {
        created: fresh.length,
        duplicates: rows.filter((r) => r.duplicate).length,
        skipped: rows
          .filter((r) => !importable(r))
          .map((r) => ({ line: r.line, reason: skipReason(r) }))
      }
    }
  }
}
