import { describe, expect, it } from 'vitest'
import type { BodyDoc } from '../../../electron/domain/body'
import { bodyFromEditorState, editorStateFromBody } from '../../../electron/domain/lexical-body'

const doc: BodyDoc = {
  blocks: [
    { type: 'heading', level: 1, runs: [{ text: '一、基本情况' }] },
    { type: 'paragraph', runs: [{ text: '一是建机制。', bold: true }, { text: '成立领导小组。' }] },
    { type: 'heading', level: 2, runs: [{ text: '（一）设备与项目升级' }] },
    { type: 'list', ordered: true, items: [[{ text: '甲' }], [{ text: '乙' }]] },
    {
      type: 'table',
      header: true,
      rows: [
        [[{ text: '项目' }], [{ text: '金额' }]],
        [[{ text: '能力提升' }], [{ text: '200万元' }]]
      ]
    }
  ]
}

describe('Lexical state ↔ body', () => {
  it('round-trips headings, bold run-ins, lists and tables', () => {
    expect(bodyFromEditorState(editorStateFromBody(doc))).toEqual(doc)
  })

  it('keeps line breaks inside a paragraph', () => {
    const withBreak: BodyDoc = { blocks: [{ type: 'paragraph', runs: [{ text: '甲\n乙' }] }] }
    expect(bodyFromEditorState(editorStateFromBody(withBreak))).toEqual(withBreak)
  })

  it('reads text inside unknown wrapper nodes such as comment marks', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: '医共体', format: 0 },
              { type: 'mark', ids: ['c1'], children: [{ type: 'text', text: '建设', format: 1 }] }
            ]
          }
        ]
      }
    }
    expect(bodyFromEditorState(state)).toEqual({
      blocks: [{ type: 'paragraph', runs: [{ text: '医共体' }, { text: '建设', bold: true }] }]
    })
  })

  it('gives an empty body for malformed state and an editable paragraph for an empty body', () => {
    expect(bodyFromEditorState(null)).toEqual({ blocks: [] })
    expect(editorStateFromBody({ blocks: [] }).root.children).toHaveLength(1)
  })
})
