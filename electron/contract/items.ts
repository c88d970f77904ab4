import { z } from 'zod'
import {
  INTAKE_FIELDS,
  type ColumnMapping,
  type IntakeField,
  type IntakeRow
} from '../domain/items/intake'
import {
  CONTACT_STAGES,
  ITEM_KINDS,
  ITEM_ROLES,
  SATISFACTION,
  type ContactStage,
  type ItemFields,
  type Satisfaction
} from '../domain/items/item'
import {
  OPINION_DIRECTIONS,
  type CoUnitOpinion,
  type OpinionDirection
} from '../domain/items/opinion'
import type { DueNotice } from '../domain/items/notify'
import type { ItemStats } from '../domain/items/stats'
import {
  ITEM_ACTIONS,
  ITEM_STATUSES,
  type ItemAction,
  type ItemStatus
} from '../domain/items/status'
import type { ExportedFile, ReplyStatus } from './drafts'
import { method } from './method'
import { isValidIsoDate } from '../domain/iso-date'
import { idSchema } from './schemas'

export type {
  ItemFields,
  ItemKind,
  ItemRole,
  Satisfaction,
  ContactStage
} from '../domain/items/item'
export type { ItemStatus, ItemAction } from '../domain/items/status'
export type { CoUnitOpinion, CoUnitState, OpinionDirection } from '../domain/items/opinion'
export type { ItemStats, Tally } from '../domain/items/stats'
export type { DueNotice } from '../domain/items/notify'
export type { ColumnMapping, IntakeRow, IntakeField } from '../domain/items/intake'

export type Item = ItemFields & {
  id: string
  status: ItemStatus
  status_label: string
  /** '' when neither a 交办日期 nor a date set by hand gives one */
  due_date: string
  /** days from today to the due date, negative when overdue; null once answered or without one */
  days_left: number | null
  reply_doc_number: string
  reply_date: string
  satisfaction: Satisfaction | ''
  feedback_note: string
  /** 1 for the first reply; 2 after a 不满意 reopened it */
  round: number
  created_at: string
  updated_at: string
}

export type ItemReply = {
  id: string
  status: ReplyStatus
  status_label: string
  title: string
  doc_number: string
  date: string
  /** false for a past reply in the archive that only matches by 届次 + 编号 */
  linked: boolean
}

export type ItemContact = {
  id: string
  stage: ContactStage
  date: string
  way: string
  person: string
  summary: string
}

export type ItemOpinion = {
  id: string
  direction: OpinionDirection
  unit: string
  date: string
  doc_number: string
  summary: string
  /** the attached letter's name and the text read from it; '' when none was attached */
  file_name: string
  file_text: string
  /** whether it went out or came in by the 协办 deadline (always true without one) */
  on_time: boolean
}

export type ItemOpinions = {
  /** what this item does with opinions: a 协办/会办 unit sends, the lead unit receives */
  direction: OpinionDirection
  /** 交办 + the profile's 协办 months; '' without a 交办日期 */
  due_date: string
  list: ItemOpinion[]
  /** for the lead unit: each named co-unit and whether its opinion came in */
  co_units: CoUnitOpinion[]
}

export type ItemEvent = {
  action: string
  label: string
  from: string
  to: string
  note: string
  at: string
}

export type ItemDetail = {
  item: Item
  steps: { action: ItemAction; label: string }[]
  replies: ItemReply[]
  contacts: ItemContact[]
  opinions: ItemOpinions
  events: ItemEvent[]
}

/** The reply for the website: its text to paste, and the same as DOCX. */
export type PublicCopy = { text: string; file: ExportedFile }

export type ImportPreview = {
  headers: string[]
  /** what a column can be matched to, with its label */
  fields: { field: IntakeField; label: string }[]
  mapping: ColumnMapping
  rows: IntakeRow[]
  /** rows that would become items */
  ready: number
}

export type ImportReport = {
  created: number
  duplicates: number
  skipped: { line: number; reason: string }[]
}

export type DuePerson = { name: string; overdue: number; soon: number }

export type DueReport = {
  overdue: Item[]
  soon: Item[]
  byHandler: DuePerson[]
  byDepartment: DuePerson[]
}

export type ItemScope = { year: number; session: string; count: number }

export type StatsReport = ItemStats & { scopes: ItemScope[] }

const text = (max: number) => z.string().trim().max(max)
const isoDate = z.string().refine((s) => s === '' || isValidIsoDate(s), {
  message: '日期无效，请按“2025-07-16”的形式填写实际存在的日期'
})

const itemFieldsSchema = z.object({
  year: z
    .number()
    .int()
    .min(1990, '年度应在 1990 至 2100 之间')
    .max(2100, '年度应在 1990 至 2100 之间'),
  session: text(100),
  kind: z.enum(ITEM_KINDS),
  number: text(20).min(1, '请填写编号'),
  title: text(300).min(1, '请填写建议或提案的标题'),
  proposer: text(200),
  co_signers: z.array(text(50)).max(200),
  assigned_date: isoDate,
  role: z.enum(ITEM_ROLES),
  lead_unit: text(100),
  co_units: z.array(text(100)).max(50),
  leader: text(50),
  department: text(50),
  handler: text(50),
  due_override: isoDate,
  result_class: text(10)
})

const filterSchema = z
  .object({
    year: z.number().int().optional(),
    session: z.string().max(100).optional(),
    status: z.enum(ITEM_STATUSES).optional(),
    department: z.string().max(50).optional(),
    handler: z.string().max(50).optional(),
    query: z.string().max(100).optional()
  })
  .strict()

const sourceSchema = z
  .object({
    fileName: z.string().max(260),
    /** an XLSX or CSV file's bytes */
    base64: z.string().max(30_000_000).optional(),
    /** rows pasted from a spreadsheet, or a CSV's text */
    text: z.string().max(5_000_000).optional()
  })
  .strict()
  .refine((s) => Boolean(s.base64) !== Boolean(s.text), { message: '请选择文件或粘贴清单内容' })

const mappingSchema = z.record(z.string().max(100), z.union([z.enum(INTAKE_FIELDS), z.literal('')]))

const scopeSchema = z
  .object({ year: z.number().int().optional(), session: z.string().max(100).optional() })
  .strict()

const contactFields = {
  stage: z.enum(CONTACT_STAGES),
  date: isoDate.refine((s) => s !== '', { message: '请填写沟通日期' }),
  way: text(20).min(1, '请填写沟通方式'),
  person: text(100),
  summary: text(2000)
}

const opinionFields = {
  unit: text(100),
  date: isoDate.refine((s) => s !== '', { message: '请填写意见的日期' }),
  doc_number: text(60),
  summary: text(2000)
}

export const itemsContract = {
  'items:list': method<Item[]>()(filterSchema),
  'items:scopes': method<ItemScope[]>()(z.object({}).strict()),
  'items:get': method<ItemDetail>()(z.object({ id: idSchema }).strict()),
  'items:create': method<ItemDetail>()(
    z
      .object({ fields: itemFieldsSchema.partial().required({ number: true, title: true }) })
      .strict()
  ),
  'items:update': method<ItemDetail>()(
    z.object({ id: idSchema, fields: itemFieldsSchema.partial() }).strict()
  ),
  'items:step': method<ItemDetail>()(
    z
      .object({
        id: idSchema,
        action: z.enum(ITEM_ACTIONS),
        note: z.string().max(2000).optional(),
        replyDate: isoDate.optional(),
        docNumber: text(60).optional(),
        resultClass: text(10).optional(),
        satisfaction: z.enum(SATISFACTION).optional()
      })
      .strict()
  ),
  'items:delete': method<{ id: string }>()(z.object({ id: idSchema }).strict()),
  'items:draft': method<{ draftId: string }>()(z.object({ id: idSchema }).strict()),
  'items:publicCopy': method<PublicCopy>()(z.object({ id: idSchema, replyId: idSchema }).strict()),
  'items:addContact': method<ItemDetail>()(z.object({ id: idSchema, ...contactFields }).strict()),
  /** corrects a contact; `id` is the item's, `contactId` the contact's */
  'items:updateContact': method<ItemDetail>()(
    z.object({ id: idSchema, contactId: idSchema, ...contactFields }).strict()
  ),
  'items:deleteContact': method<ItemDetail>()(
    z.object({ id: idSchema, contactId: idSchema }).strict()
  ),
  'items:addOpinion': method<ItemDetail>()(
    z
      .object({
        id: idSchema,
        direction: z.enum(OPINION_DIRECTIONS),
        ...opinionFields,
        /** the opinion letter as DOCX, PDF, DOC/WPS or TXT; its text is kept with the opinion */
        file: z
          .object({ fileName: z.string().min(1).max(255), base64: z.string().max(30_000_000) })
          .strict()
          .optional()
      })
      .strict()
  ),
  /** corrects an opinion's unit, date, 文号 and summary; its direction and letter stay */
  'items:updateOpinion': method<ItemDetail>()(
    z.object({ id: idSchema, opinionId: idSchema, ...opinionFields }).strict()
  ),
  'items:deleteOpinion': method<ItemDetail>()(
    z.object({ id: idSchema, opinionId: idSchema }).strict()
  ),
  'items:previewImport': method<ImportPreview>()(
    z.object({ source: sourceSchema, mapping: mappingSchema.optional() }).strict()
  ),
  'items:import': method<ImportReport>()(
    z.object({ source: sourceSchema, mapping: mappingSchema }).strict()
  ),
  'items:due': method<DueReport>()(
    z.object({ days: z.number().int().min(0).max(60).optional() }).strict()
  ),
  /** the start-up notification the desktop shell shows; null when off or nothing is due */
  'items:dueNotice': method<DueNotice | null>()(z.object({}).strict()),
  'items:stats': method<StatsReport>()(scopeSchema),
  'items:exportSummary': method<ExportedFile>()(scopeSchema),
  'items:exportReport': method<ExportedFile>()(scopeSchema)
}
