import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical'
import { useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useShortcut } from '../../lib/useShortcut'

type Match = { node: TextNode; offset: number }

function $textNodes(): TextNode[] {
  return $getRoot().getAllTextNodes().filter($isTextNode)
}

function $matches(query: string): Match[] {
  if (!query) return []
  const found: Match[] = []
  for (const node of $textNodes()) {
    const text = node.getTextContent()
    for (let i = text.indexOf(query); i !== -1; i = text.indexOf(query, i + query.length)) {
      found.push({ node, offset: i })
    }
  }
  return found
}

/** Ctrl+F: find and replace within the body (matches inside one formatting run). */
export function FindReplacePlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [status, setStatus] = useState('')
  const cursor = useRef(-1)
  const input = useRef<HTMLInputElement>(null)
  const replaceInput = useRef<HTMLInputElement>(null)

  useShortcut(['Mod+F', 'Mod+H'], (event) => {
    // Ctrl+H would otherwise open the browser's history.
    setOpen(true)
    const key = event.key.toLowerCase()
    const target = key === 'h' && input.current?.value ? replaceInput : input
    requestAnimationFrame(() => (target.current ?? input.current)?.select())
  })
  useShortcut('Escape', () => setOpen(false))

  // Selecting the match moves the document's selection into the editor; focus goes back to the
  // box that asked, so the next Enter finds again instead of typing over the match.
  const findNext = (step = 1, from?: HTMLInputElement | null) => {
    editor.update(
      () => {
        const matches = $matches(query)
        if (matches.length === 0) return setStatus('未找到')
        cursor.current = (cursor.current + step + matches.length) % matches.length
        const match = matches[cursor.current] as Match
        match.node.select(match.offset, match.offset + query.length)
        setStatus(`第 ${cursor.current + 1} 处，共 ${matches.length} 处`)
        editor.getElementByKey(match.node.getKey())?.scrollIntoView({ block: 'center' })
      },
      { onUpdate: () => from?.focus() }
    )
  }

  const onEnter = (event: ReactKeyboardEvent<HTMLInputElement>, action: () => void) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    action()
  }

  const replaceOne = (from?: HTMLInputElement | null) => {
    editor.update(() => {
      const selection = $getSelection()
      if ($isRangeSelection(selection) && selection.getTextContent() === query) {
        selection.insertText(replacement)
        cursor.current -= 1
      }
    })
    findNext(1, from)
  }

  const replaceAll = () => {
    editor.update(() => {
      let count = 0
      for (const node of $textNodes()) {
        const parts = node.getTextContent().split(query)
        if (parts.length > 1) {
          count += parts.length - 1
          node.setTextContent(parts.join(replacement))
        }
      }
      cursor.current = -1
      setStatus(count ? `已替换 ${count} 处` : '未找到')
    })
  }

  if (!open) return null
  return (
    <div className="find-bar" role="search" aria-label="查找和替换">
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找"
        value={query}
        onChange={(e) => ((cursor.current = -1), setQuery(e.target.value), setStatus(''))}
        onKeyDown={(e) => onEnter(e, () => findNext(e.shiftKey ? -1 : 1, e.currentTarget))}
      />
      <input
        ref={replaceInput}
        aria-label="替换为"
        placeholder="替换为"
        value={replacement}
        onChange={(e) => setReplacement(e.target.value)}
        onKeyDown={(e) => onEnter(e, () => !readOnly && replaceOne(e.currentTarget))}
      />
      <button type="button" onClick={() => findNext()} disabled={!query}>
        查找下一个
      </button>
      <button type="button" onClick={() => replaceOne()} disabled={!query || readOnly}>
        替换
      </button>
      <button type="button" onClick={replaceAll} disabled={!query || readOnly}>
        全部替换
      </button>
      <span className="hint" role="status">
        {status}
      </span>
      <button type="button" onClick={() => setOpen(false)} aria-label="关闭查找">
        ×
      </button>
    </div>
  )
}
