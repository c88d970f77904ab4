import { createHeadlessEditor } from '@lexical/headless'
import { $isListNode } from '@lexical/list'
import { $isHeadingNode } from '@lexical/rich-text'
import { $isTableCellNode, $isTableNode } from '@lexical/table'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalEditor
} from 'lexical'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../electron/contract'
import { REPLY_NODES } from '../../../renderer/src/editor/nodes'
import { $insertBlocks } from '../../../renderer/src/features/reuse/insert-blocks'

function editorWith(paragraphs: string[], caret: { block: number; offset: number } | null) {
  const editor = createHeadlessEditor({
    nodes: REPLY_NODES,
    onError: (e) => {
      throw e
    }
  })
  editor.update(
    () => {
      const nodes = paragraphs.map((text) => {
        const p = $createParagraphNode()
        if (text) p.append($createTextNode(text))
        return p
      })
      $getRoot().append(...nodes)
      if (caret) {
        const p = nodes[caret.block]!
        const text = p.getFirstChild()
        if ($isTextNode(text)) text.select(caret.offset, caret.offset)
        else p.select()
      }
    },
    { discrete: true }
  )
  return editor
}

function insert(editor: LexicalEditor, blocks: Block[]) {
  editor.update(() => $insertBlocks(blocks), { discrete: true })
}

/** Each top-level block as tag:text, e.g. "p:甲乙" or "h1:一、基本情况". */
function outline(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => {
        const tag = $isHeadingNode(node) ? node.getTag() : node.getType().slice(0, 1)
        return `${tag}:${node.getTextContent()}`
      })
  )
}

const section: Block[] = [
  { type: 'heading', level: 1, runs: [{ text: '一、关于医共体建设' }] },
  {
    type: 'paragraph',
    runs: [{ text: '一是', bold: true }, { text: '推进紧密型县域医共体建设。' }]
  }
]

describe('$insertBlocks', () => {
  it('puts whole blocks after the paragraph holding the caret and leaves that paragraph whole', () => {
    const editor = editorWith(['甲乙', '丙'], { block: 0, offset: 1 })
    insert(editor, section)
    expect(outline(editor)).toEqual([
      'p:甲乙',
      'h1:一、关于医共体建设',
      'p:一是推进紧密型县域医共体建设。',
      'p:丙'
    ])
  })

  it('keeps bold runs bold and plain runs plain', () => {
    const editor = editorWith(['甲'], { block: 0, offset: 1 })
    insert(editor, section)
    const formats = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren<ElementNode>()[2]!
        .getChildren()
        .map((n) => [n.getTextContent(), $isTextNode(n) && n.hasFormat('bold')])
    )
    expect(formats).toEqual([
      ['一是', true],
      ['推进紧密型县域医共体建设。', false]
    ])
  })

  it('replaces the empty paragraph the caret is in and leaves the caret after the insertion', () => {
    const editor = editorWith(['甲', '', '乙'], { block: 1, offset: 0 })
    insert(editor, section)
    expect(outline(editor)).toEqual([
      'p:甲',
      'h1:一、关于医共体建设',
      'p:一是推进紧密型县域医共体建设。',
      'p:乙'
    ])
    const caret = editor.getEditorState().read(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return null
      return [selection.anchor.getNode().getTextContent(), selection.anchor.offset]
    })
    expect(caret).toEqual(['推进紧密型县域医共体建设。', '推进紧密型县域医共体建设。'.length])
  })

  it('replaces the template prompt the caret is in, but not a paragraph that only mentions one', () => {
    const editor = editorWith(['一、基本情况', '【请简要介绍工作基本情况】', '见【附件】。'], {
      block: 1,
      offset: 2
    })
    insert(editor, [{ type: 'paragraph', runs: [{ text: '渌口区现有医疗机构。' }] }])
    expect(outline(editor)).toEqual(['p:一、基本情况', 'p:渌口区现有医疗机构。', 'p:见【附件】。'])
    const kept = editorWith(['见【附件】。'], { block: 0, offset: 1 })
    insert(kept, [{ type: 'paragraph', runs: [{ text: '甲' }] }])
    expect(outline(kept)).toEqual(['p:见【附件】。', 'p:甲'])
  })

  it('appends at the end, replacing nothing, when the editor has no selection', () => {
    const editor = editorWith(['甲', '【请说明下一步工作打算】'], null)
    insert(editor, [{ type: 'paragraph', runs: [{ text: '丙' }] }])
    expect(outline(editor)).toEqual(['p:甲', 'p:【请说明下一步工作打算】', 'p:丙'])
  })

  it('maps heading levels 1-4 to h1-h4 and keeps line breaks inside a paragraph', () => {
    const editor = editorWith(['甲'], { block: 0, offset: 0 })
    insert(editor, [
      { type: 'heading', level: 2, runs: [{ text: '（一）基本情况' }] },
      { type: 'heading', level: 3, runs: [{ text: '1.人员' }] },
      { type: 'heading', level: 4, runs: [{ text: '（1）医生' }] },
      { type: 'paragraph', runs: [{ text: '第一行\n第二行' }] }
    ])
    expect(outline(editor)).toEqual([
      'p:甲',
      'h2:（一）基本情况',
      'h3:1.人员',
      'h4:（1）医生',
      'p:第一行\n第二行'
    ])
  })

  it('builds lists and tables, with the header row marked', () => {
    const editor = editorWith(['甲'], { block: 0, offset: 0 })
    insert(editor, [
      { type: 'list', ordered: true, items: [[{ text: '其一' }], [{ text: '其二' }]] },
      {
        type: 'table',
        header: true,
        rows: [
          [[{ text: '项目' }], [{ text: '数量' }]],
          [[{ text: '医院' }], [{ text: '2' }]]
        ]
      }
    ])
    const shape = editor.getEditorState().read(() => {
      const [, list, table] = $getRoot().getChildren()
      return {
        list: $isListNode(list) ? [list.getListType(), list.getChildrenSize()] : null,
        table: $isTableNode(table)
          ? table
              .getChildren<ElementNode>()
              .map((row) =>
                row
                  .getChildren()
                  .map((cell) => [
                    cell.getTextContent(),
                    $isTableCellNode(cell) ? cell.getHeaderStyles() : -1
                  ])
              )
          : null
      }
    })
    expect(shape.list).toEqual(['number', 2])
    expect(shape.table).toEqual([
      [
        ['项目', 1],
        ['数量', 1]
      ],
      [
        ['医院', 0],
        ['2', 0]
      ]
    ])
  })
})
