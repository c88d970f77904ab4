import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $isTextNode } from 'lexical'
import { useEffect } from 'react'
import { currentPrefix, expectedPrefixes } from '../numbering'

const LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4 }

function $headings(): HeadingNode[] {
  return $getRoot().getChildren().filter($isHeadingNode)
}

/** Keeps 一、（一）1.（1） in sequence when sections are added, removed or moved. */
export function HeadingNumberingPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, tags }) => {
        // Never touch text while an IME composition is open: it would break the candidate window.
        if (editor.isComposing() || tags.has('heading-numbering')) return
        const stale = editorState.read(() => {
          const headings = $headings()
          const wanted = expectedPrefixes(headings.map((h) => LEVEL[h.getTag()] ?? 4))
          return headings.some((h, i) => {
            const have = currentPrefix(h.getTextContent())
            return have !== '' && have !== wanted[i]
          })
        })
        if (!stale) return
        editor.update(
          () => {
            const headings = $headings()
            const wanted = expectedPrefixes(headings.map((h) => LEVEL[h.getTag()] ?? 4))
            headings.forEach((heading, i) => {
              const want = wanted[i] as string
              const have = currentPrefix(heading.getTextContent())
              // Only numbers the clerk already wrote are corrected; text is never inserted under
              // the caret (see tests/e2e/draft-slice.spec.ts, IME input into headings).
              const first = heading.getFirstChild()
              if (have === '' || have === want || !$isTextNode(first)) return
              if (first.getTextContent().startsWith(have)) {
                first.setTextContent(want + first.getTextContent().slice(have.length))
              }
            })
          },
          { tag: 'heading-numbering' }
        )
      }),
    [editor]
  )
  return null
}
