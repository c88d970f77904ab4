import { $createHeadingNode, $isHeadingNode, type HeadingNode } from '@lexical/rich-text'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type TextNode
} from 'lexical'
import { useEffect } from 'react'
import { currentPrefix, doubledPrefix, expectedPrefixes, typedHeadingLevel } from '../numbering'

const LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4 }

function $headings(): HeadingNode[] {
  return $getRoot().getChildren().filter($isHeadingNode)
}

/** 正文 lines that start with a level-1 number the clerk typed or pasted. */
function $typedHeadings() {
  return $getRoot()
    .getChildren()
    .filter((n) => $isParagraphNode(n) && typedHeadingLevel(n.getTextContent()) !== null)
}

function $needsWork(): boolean {
  if ($typedHeadings().length > 0) return true
  const headings = $headings()
  const wanted = expectedPrefixes(headings.map((h) => LEVEL[h.getTag()] ?? 4))
  return headings.some((h, i) => {
    const text = h.getTextContent()
    const have = currentPrefix(text)
    return doubledPrefix(text) !== '' || (have !== '' && have !== wanted[i])
  })
}

/** Replaces the first `length` characters of a text node, keeping the caret on the same word. */
function $replaceStart(node: TextNode, length: number, replacement: string) {
  const selection = $getSelection()
  node.setTextContent(replacement + node.getTextContent().slice(length))
  if (!$isRangeSelection(selection)) return
  for (const point of [selection.anchor, selection.focus]) {
    if (point.key === node.getKey() && point.type === 'text') {
      point.offset = Math.max(replacement.length, point.offset - length + replacement.length)
    }
  }
}

/**
 * Keeps 一、（一）1.（1） in sequence when sections are added, removed, moved or pasted; a number the
 * clerk types is recognised (「三、…」 typed as 正文 becomes a heading) and never doubled. Its
 * changes join the edit that caused them, so one Ctrl+Z undoes both, and undo is left alone.
 */
export function HeadingNumberingPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, tags }) => {
        // Never touch text while an IME composition is open: it would break the candidate window.
        if (editor.isComposing() || tags.has('heading-numbering') || tags.has(HISTORIC_TAG)) return
        if (!editorState.read($needsWork)) return
        editor.update(
          () => {
            for (const paragraph of $typedHeadings())
              paragraph.replace($createHeadingNode('h1'), true)
            const headings = $headings()
            const wanted = expectedPrefixes(headings.map((h) => LEVEL[h.getTag()] ?? 4))
            headings.forEach((heading, i) => {
              const want = wanted[i] as string
              // Only numbers the clerk already wrote are corrected; text is never inserted under
              // the caret (see tests/e2e/draft-slice.spec.ts, IME input into headings).
              const first = heading.getFirstChild()
              if (!$isTextNode(first)) return
              const doubled = doubledPrefix(first.getTextContent())
              if (doubled) $replaceStart(first, currentPrefix(first.getTextContent()).length, '')
              const have = currentPrefix(first.getTextContent())
              if (have !== '' && have !== want) $replaceStart(first, have.length, want)
            })
          },
          { tag: ['heading-numbering', HISTORY_MERGE_TAG] }
        )
      }),
    [editor]
  )
  return null
}
