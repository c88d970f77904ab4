import { defaultLayout } from '../../electron/domain/layout'
import { paginate } from '../../electron/domain/pages'
import { replyOfPages } from './export'
import { median } from './stats'

// The preview's page layout for a 20-page reply: what every save costs the drafting screen.

export function benchPages(): { preview_pages_20p_ms: number } {
  const reply = replyOfPages(20)
  const layout = defaultLayout()
  const times: number[] = []
  for (let i = 0; i < 12; i++) {
    const start = performance.now()
    paginate(reply, layout)
    if (i >= 2) times.push(performance.now() - start)
  }
  return { preview_pages_20p_ms: Math.round(median(times) * 10) / 10 }
}
