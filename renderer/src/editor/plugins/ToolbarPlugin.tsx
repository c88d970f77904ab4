import { $createHeadingNode, $isHeadingNode, type HeadingTagType } from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND
} from 'lexical'
import { useEffect, useState } from 'react'
import { currentPrefix, prefixFor } from '../numbering'

type BlockKind = 'paragraph' | HeadingTagType

const LEVELS: Record<HeadingTagType, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 }

const BLOCK_OPTIONS: { value: BlockKind; label: string }[] = [
  { value: 'paragraph', label: '正文' },
  { value: 'h1', label: '一级标题 一、' },
  { value: 'h2', label: '二级标题（一）' },
  { value: 'h3', label: '三级标题 1.' },
  { value: 'h4', label: '四级标题（1）' }
]

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext()
  const [block, setBlock] = useState<BlockKind>('paragraph')
  const [bold, setBold] = useState(false)
  const [canUndo, setCanUndo] = useState(false)
  const [canRedo, setCanRedo] = useState(false)

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection()
            if (!$isRangeSelection(selection)) return
            const top = selection.anchor.getNode().getTopLevelElement()
            setBlock($isHeadingNode(top) ? top.getTag() : 'paragraph')
            setBold(selection.hasFormat('bold'))
          })
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (v) => (setCanUndo(v), false),
          COMMAND_PRIORITY_LOW
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (v) => (setCanRedo(v), false),
          COMMAND_PRIORITY_LOW
        )
      ),
    [editor]
  )

  const applyBlock = (kind: BlockKind) => {
    editor.update(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return
      $setBlocksType(selection, () =>
        kind === 'paragraph' ? $createParagraphNode() : $createHeadingNode(kind)
      )
      const after = $getSelection()
      if (kind === 'paragraph' || !$isRangeSelection(after)) return
      // A new heading gets a number of its level; the numbering plugin puts it in sequence.
      const blocks = new Set(
        [after.anchor.getNode(), after.focus.getNode(), ...after.getNodes()].map((n) =>
          n.getTopLevelElement()
        )
      )
      for (const block of blocks) {
        if (!$isHeadingNode(block) || currentPrefix(block.getTextContent()) !== '') continue
        const first = block.getFirstChild()
        const prefix = $createTextNode(prefixFor(LEVELS[kind], 1))
        if (first) first.insertBefore(prefix)
        else block.append(prefix)
      }
    })
  }

  return (
    <div className="toolbar" role="toolbar" aria-label="正文格式">
      <select
        aria-label="段落级别"
        value={block}
        onChange={(e) => applyBlock(e.target.value as BlockKind)}
      >
        {BLOCK_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-pressed={bold}
        title="加粗（Ctrl+B）"
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <b>粗</b>
      </button>
      <button
        type="button"
        disabled={!canUndo}
        title="撤销（Ctrl+Z）"
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        撤销
      </button>
      <button
        type="button"
        disabled={!canRedo}
        title="重做（Ctrl+Y）"
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        重做
      </button>
    </div>
  )
}
