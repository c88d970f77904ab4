import { useState } from 'react'
import type { DueReport } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { useQuery } from '../../lib/query'

const SHOWN_KEY = 'replydesk-due-reminder'

function reminder(r: DueReport): string {
  const parts = [
    r.overdue.length ? `${r.overdue.length} 件已逾期` : '',
    r.soon.length ? `${r.soon.length} 件 7 天内到期` : ''
  ].filter(Boolean)
  return parts.length ? `办理台账中有 ${parts.join('，')}，请及时办理。` : ''
}

/** Once per start: how many register items are overdue or due within 7 days. */
export function DueReminder() {
  const [first] = useState(() => {
    if (sessionStorage.getItem(SHOWN_KEY)) return false
    sessionStorage.setItem(SHOWN_KEY, '1')
    return true
  })
  // A reminder that cannot be read is not worth an error banner; home lists the same items.
  const due = useQuery('items:due', first ? {} : null, '')
  const counted = due.value ?? due.stale
  const [closed, setClosed] = useState(false)
  const text = counted && !closed ? reminder(counted) : ''
  if (!text) return null
  return (
    <div className="notice due-reminder" role="alert">
      {text}{' '}
      <button
        type="button"
        onClick={() => {
          setClosed(true)
          navigate({ name: 'home' })
        }}
      >
        查看
      </button>{' '}
      <button type="button" onClick={() => setClosed(true)}>
        关闭
      </button>
    </div>
  )
}
