import { useState } from 'react'
import type { ReplyStatus } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { STEP_MAKES_STALE } from './queries'

const WHAT_EDITING_DOES: Partial<Record<ReplyStatus, string>> = {
  review: '这份答复正在审核，内容只读。修改将撤回送审，答复回到“草稿”，改完后请重新提交审核。',
  approved: '这份答复已签发，内容只读。修改后签发将失效，答复回到“草稿”，需要重新提交审核和签发。'
}

const CLOSED = '这份答复已办结，内容已锁定。如需修改，请在“审核与签发”中选择“重新办理”。'

/**
 * A reply in review or signed is read only until the clerk chooses 修改 and confirms what that
 * does to the review; a closed one stays locked. `lockIn` names the statuses that lock here.
 */
export function useEditLock(
  id: string,
  status: ReplyStatus | undefined,
  lockIn: ReplyStatus[],
  /** the withdrawal moves the reply's revision on; the page's autosave must follow */
  onRevision: (revision: number) => void
) {
  const [unlocked, setUnlocked] = useState(false)
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState('')
  const locks = status !== undefined && (status === 'closed' || lockIn.includes(status))

  // Once the reply leaves a locked status the choice is spent: signed again, it locks again.
  const [lockedBefore, setLockedBefore] = useState(locks)
  if (locks !== lockedBefore) {
    setLockedBefore(locks)
    if (!locks) setUnlocked(false)
  }

  const confirm = async () => {
    setError('')
    try {
      if (status === 'review') {
        onRevision((await mutate('review:withdraw', { id }, STEP_MAKES_STALE)).revision)
      }
      setUnlocked(true)
      setAsking(false)
    } catch (e) {
      setError(errorText(e, '撤回送审失败。'))
    }
  }

  const readOnly = locks && !unlocked
  const banner =
    readOnly && status ? (
      <div className="notice" role="note" aria-label="只读">
        {status === 'closed' ? CLOSED : WHAT_EDITING_DOES[status]}
        {status !== 'closed' && !asking && (
          <button type="button" onClick={() => setAsking(true)}>
            修改
          </button>
        )}
        {asking && (
          <span role="alertdialog" aria-label="确认修改">
            {status === 'review'
              ? '确定撤回送审并修改吗？'
              : '确定修改吗？签发将失效，修改会保存为新的版本。'}
            <button type="button" onClick={() => void confirm()}>
              确认修改
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              取消
            </button>
          </span>
        )}
        {error && <span className="error-line">{error}</span>}
      </div>
    ) : null

  return { readOnly, banner }
}
