import { HeadingNode } from '@lexical/rich-text'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { TextNode } from 'lexical'
import { useEffect } from 'react'

/**
 * Text pasted from Word or WPS arrives with its own fonts, sizes and colours as inline styles; the
 * document's look comes from the template, so those are dropped while bold/italic and the
 * paragraph, heading and table structure are kept.
 */
export function CleanPastePlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('')
        }),
        editor.registerNodeTransform(HeadingNode, (node) => {
          const tag = node.getTag()
          if (tag === 'h5' || tag === 'h6') node.setTag('h4')
        })
      ),
    [editor]
  )
  return null
}
