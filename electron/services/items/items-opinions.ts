import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../contract'
import { AppFailure } from '../../contract/result'
import { checkOpinion, stepForOpinion } from '../../domain/items/opinion'
import type { ItemRole } from '../../domain/items/item'
import type { ItemStatus } from '../../domain/items/status'
import { inTransaction } from '../../store/db'
import { readInWorker } from '../../import/worker-reader'
import { insertOpinion } from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { itemDetail, requireItem, writeStep } from './items-view'

// 协办意见: recorded on the item, with the letter's text read by the archive's importer (on its
// worker, under its limits). Sending the opinion closes a 协办/会办 item.

type File = { fileName: string; base64: string }

async function letterText(file: File | undefined): Promise<string> {
  if (!file) return ''
  const outcome = await readInWorker({
    fileName: file.fileName,
    bytes: new Uint8Array(Buffer.from(file.base64, 'base64'))
  })
  if (!outcome.ok) {
    throw new AppFailure('invalid-input', `附件“${file.fileName}”未能读取：${outcome.message}`)
  }
  return outcome.parsed.text
}

export function itemsOpinionHandlers(ctx: ServiceContext): Pick<Handlers, 'items:addOpinion'> {
  return {
    'items:addOpinion': async ({ id, file, ...opinion }) => {
      const row = requireItem(ctx, id)
      const item = {
        role: row.role as ItemRole,
        status: row.status as ItemStatus,
        assigned_date: row.assigned_date,
        due_override: row.due_override,
        co_units: JSON.parse(row.co_units_json) as string[]
      }
      const problem = checkOpinion(item, opinion)
      if (problem) throw new AppFailure('invalid-input', problem)
      const text = await letterText(file)
      // Read again after the file: another window may have moved the item meanwhile.
      const current = requireItem(ctx, id)
      const step = stepForOpinion({ ...item, status: current.status as ItemStatus }, opinion)
      const at = ctx.now().toISOString()
      inTransaction(ctx.db, () => {
        insertOpinion(ctx.db, {
          id: randomUUID(),
          item_id: id,
          ...opinion,
          file_name: file?.fileName ?? '',
          file_text: text,
          created_at: at
        })
        if (!step) return
        const answered = current.reply_date
          ? current
          : { ...current, reply_date: opinion.date, reply_doc_number: opinion.doc_number }
        writeStep(
          ctx,
          answered,
          step,
          'closed',
          `${opinion.unit}${opinion.doc_number ? ` ${opinion.doc_number}` : ''}`
        )
      })
      return itemDetail(ctx, id)
    }
  }
}
