import { useRef, useState } from 'react'
import { useQuery } from '../../lib/query'
import { useShortcut } from '../../lib/useShortcut'

type Props = { id: string; onClose: () => void }

/** The reply as plain text, with a copy button, for the online 建议提案办理系统's upload form. */
export function PlainTextDialog({ id, onClose }: Props) {
  const plain = useQuery('drafts:plainText', { id }, '生成纯文本失败。')
  const text = plain.value?.text ?? null
  const [copied, setStatus] = useState('')
  const status = copied || plain.error
  const area = useRef<HTMLTextAreaElement>(null)

  useShortcut('Escape', onClose)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? '')
      setStatus('已复制，可粘贴到办理系统中。')
    } catch {
      area.current?.select()
      setStatus('无法直接复制，已选中全文，请按 Ctrl+C 复制。')
    }
  }

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-label="纯文本"
        onClick={(e) => e.stopPropagation()}
      >
        <header>
          <strong>纯文本（用于网上办理系统）</strong>
          <button type="button" onClick={onClose} aria-label="关闭">
            ×
          </button>
        </header>
        <textarea ref={area} readOnly value={text ?? '正在生成…'} aria-label="纯文本内容" />
        <footer>
          <span className="hint" role="status">
            {status}
          </span>
          <button
            type="button"
            className="primary"
            disabled={text === null}
            onClick={() => void copy()}
          >
            复制全文
          </button>
        </footer>
      </div>
    </div>
  )
}
