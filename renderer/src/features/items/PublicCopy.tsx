import { useState } from 'react'
import { errorText, request, saveBase64 } from '../../lib/api'

/** 政务公开版 of a signed reply: the DOCX is saved, the text shown for the website's form. */
export function PublicCopy({ itemId, replyId }: { itemId: string; replyId: string }) {
  const [text, setText] = useState('')
  const [message, setMessage] = useState({ text: '', error: false })

  const make = async () => {
    try {
      const copy = await request('items:publicCopy', { id: itemId, replyId })
      setText(copy.text)
      setMessage({
        text: await saveBase64(copy.file.fileName, copy.file.base64, copy.file.mimeType),
        error: false
      })
    } catch (e) {
      setMessage({ text: errorText(e, '生成政务公开版失败。'), error: true })
    }
  }

  return (
    <>
      {' '}
      <button type="button" onClick={() => void make()}>
        政务公开版
      </button>
      {message.text && (
        <span className={message.error ? 'error-line' : 'muted'}> {message.text}</span>
      )}
      {text && (
        <textarea
          className="public-copy"
          readOnly
          aria-label="政务公开版文本"
          rows={10}
          value={text}
        />
      )}
    </>
  )
}
