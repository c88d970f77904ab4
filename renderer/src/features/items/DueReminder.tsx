import { useEffect, useState } from 'react'
import { navigate } from '../../app/route'
import { request } from '../../lib/api'

const SHOWN_KEY = 'replydesk-due-reminder'

/** Once per start: how many register items are overdue or due within 7 days. */
export function DueReminder() {
  const [text, setText] = useState('')
  useEffect(() => {
    if (sessionStorage.getItem(SHOWN_KEY)) return
    sessionStorage.setItem(SHOWN_KEY, '1')
    request('items:due', {})
      .then((r) => {
        const parts = [
          r.overdue.length ? `${r.overdue.length} 件已逾期` : '',
          r.soon.length ? `${r.soon.length} 件 7 天内到期` : ''
        ].filter(Boolean)
        if (parts.length) setText(`办理台账中有 ${parts.join('，')}，请及时办理。`)
      })
      // A reminder that cannot be read is not worth an error banner; home lists the same items.
      .catch(() => {})
  }, [])
  if (!text) return null
  return (
    <div className="notice due-reminder" role="alert">
      {text}{' '}
      <button
        type="button"
        onClick={() => {
          setText('')
          navigate({ name: 'home' })
        }}
      >
        查看
      </button>{' '}
      <button type="button" onClick={() => setText('')}>
        关闭
      </button>
    </div>
  )
}
