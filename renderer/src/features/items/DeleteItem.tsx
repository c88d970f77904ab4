import { useState } from 'react'
import { navigate } from '../../app/route'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { ITEM_REPLY_MAKES_STALE } from './queries'

/** For an item imported by mistake; asks once more, and its replies are kept as drafts. */
export function DeleteItem({ id, onError }: { id: string; onError: (message: string) => void }) {
  const [asking, setAsking] = useState(false)
  const remove = async () => {
    try {
      await mutate('items:delete', { id }, ITEM_REPLY_MAKES_STALE)
      navigate({ name: 'items' })
    } catch (e) {
      onError(errorText(e, '删除失败，请重试。'))
    }
  }
  return (
    <p>
      {asking ? (
        <>
          <span>删除后该件的沟通和办理记录一并删除，已起草的答复保留在草稿中。</span>{' '}
          <button type="button" className="danger" onClick={() => void remove()}>
            确认删除
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            取消
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          从台账中删除此件
        </button>
      )}
    </p>
  )
}
