import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertItems } from '../../electron/store/items-repo'
import { addMonths } from '../../electron/domain/items/deadline'
import { emptyItemFields, ITEM_ROLES, SATISFACTION } from '../../electron/domain/items/item'
import { ITEM_STATUSES } from '../../electron/domain/items/status'
import { openServices } from '../../electron/services'
import { newItemRow } from '../../electron/services/items/items-view'
import { random } from './archive-corpus'
import { median } from './stats'

// 5,000 items over ten years (a busy bureau's decade): the statistics screen for all of them.

const ITEMS = 5_000
const YEARS = 10
const DEPARTMENTS = ['医政科', '基层卫生科', '疾控科', '中医科', '规划信息科', '妇幼科', '药政科']
const LEADERS = ['张副局长', '李副局长', '王副局长']
const WARM_UP = 3
const RUNS = 21

export async function benchItems(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-bench-'))
  const services = openServices({
    dataDir,
    mode: 'cli',
    version: 'bench',
    templatesDir: join(__dirname, '..', '..', 'templates'),
    backups: false
  })
  try {
    const rnd = random(20250310)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
    const rows = Array.from({ length: ITEMS }, (_, i) => {
      const year = 2016 + (i % YEARS)
      const assigned = `${year}-03-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
      const status = pick(ITEM_STATUSES)
      const answered = status === 'replied' || status === 'feedback' || status === 'closed'
      const row = newItemRow(
        {
          ...emptyItemFields(year),
          session: `市九届${1 + (year % 5)}次会议`,
          kind: rnd() < 0.5 ? '建议' : '提案',
          number: String(i + 1),
          title: `第${i + 1}号建议提案`,
          assigned_date: assigned,
          role: pick(ITEM_ROLES),
          department: pick(DEPARTMENTS),
          leader: pick(LEADERS),
          result_class: answered ? pick(['A', 'B', 'C']) : ''
        },
        status,
        `${year}-03-01T00:00:00.000Z`
      )
      if (answered) row.reply_date = addMonths(assigned, rnd() < 0.8 ? 2 : 4)
      if (status === 'feedback' || status === 'closed') row.satisfaction = pick(SATISFACTION)
      return row
    })
    insertItems(services.ctx.db, rows)
    const stats = services.handlers['items:stats']
    const times: number[] = []
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const start = performance.now()
      await stats({})
      if (i >= WARM_UP) times.push(performance.now() - start)
    }
    return { stats_5k_items_ms: Math.round(median(times) * 10) / 10 }
  } finally {
    services.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  benchItems().then((figures) => console.log(JSON.stringify(figures)))
}
