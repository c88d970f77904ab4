import { describe, expect, it } from 'vitest'
import { bodyText } from '../../../../electron/domain/body'
import { bodyFromEditorState } from '../../../../electron/domain/lexical-body'
import { commentAnchors } from '../../../../electron/domain/review/anchors'
import { text } from '../lexical-json'

const mark = (ids: string[], ...children: object[]) => ({ type: 'mark', ids, children, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })
const state = (...children: object[]) => ({ root: { type: 'root', children, version: 1 } })

describe('comment anchors from serialized marks', () => {
  it('finds each comment id with its quoted text and its offsets in the body text', () => {
    const s = state(
      paragraph(text('一、基本情况')),
      paragraph(text('我局'), mark(['c1'], text('高度重视')), text('您提出的建议。'))
    )
    const plain = bodyText(bodyFromEditorState(s))
    const [anchor] = commentAnchors(s)
    expect(anchor).toEqual({ id: 'c1', start: 9, end: 13, quote: '高度重视', occurrence: 0 })
    expect(plain.slice(anchor!.start, anchor!.end)).toBe('高度重视')
  })

  it('handles overlapping comments, which Lexical splits into marks with several ids', () => {
    // 投入资金 is commented by a; 资金500万元 by b: the overlap 资金 carries both ids.
    const s = state(
      paragraph(
        text('全区'),
        mark(['a'], text('投入')),
        mark(['a', 'b'], text('资金')),
        mark(['b'], text('500万元')),
        text('。')
      )
    )
    expect(commentAnchors(s).map(({ id, quote }) => [id, quote])).toEqual([
      ['a', '投入资金'],
      ['b', '资金500万元']
    ])
  })

  it('counts earlier occurrences of the same words so the export marks the right ones', () => {
    const s = state(
      paragraph(text('加强管理。'), text('加强'), mark(['x'], text('加强管理')), text('。'))
    )
    expect(commentAnchors(s)[0]).toMatchObject({ quote: '加强管理', occurrence: 1 })
  })

  it('returns nothing for a body without marks or without a root', () => {
    expect(commentAnchors(state(paragraph(text('正文'))))).toEqual([])
    expect(commentAnchors(null)).toEqual([])
  })
})
