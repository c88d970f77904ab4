import { describe, expect, it } from 'vitest'
import { breakTitle } from '../../../electron/domain/title-break'

describe('breakTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(breakTitle('对市六届人大三次会议第068号建议的答复', 19)).toEqual([
      '对市六届人大三次会议第068号建议的答复'
    ])
  })

  it('respects the line breaks a template gives', () => {
    expect(breakTitle('对岳阳市政协九届三次会议第167号提案的\n答 复', 19)).toEqual([
      '对岳阳市政协九届三次会议第167号提案的',
      '答 复'
    ])
  })

  it('breaks after the organ and before 关于', () => {
    expect(
      breakTitle('株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复', 20)
    ).toEqual(['株洲市渌口区卫生健康局', '关于对区人大二届五次会议第17号建议的回复'])
  })

  it('breaks after 会议 rather than inside a word or a number', () => {
    expect(breakTitle('对岳阳市政协九届三次会议第167号提案的答复', 19)).toEqual([
      '对岳阳市政协九届三次会议',
      '第167号提案的答复'
    ])
  })

  it('prefers a diamond of three lines to a two-line break inside a phrase', () => {
    expect(breakTitle('岳阳市卫生健康委员会关于对市政协九届三次会议第167号提案的答复', 19)).toEqual(
      ['岳阳市卫生健康委员会', '关于对市政协九届三次会议', '第167号提案的答复']
    )
  })

  it('keeps a quoted item title whole when it fits and never loses text', () => {
    const title = '关于市六届人大三次会议第068号“关于完善医联体体系的意见和建议”的答复'
    const lines = breakTitle(title, 20)
    expect(lines).toEqual([
      '关于市六届人大三次会议第068号',
      '“关于完善医联体体系的意见和建议”的答复'
    ])
    const long =
      '湖南省株洲市渌口区卫生健康局关于对区人大二届五次会议第17号“关于推进基层医疗服务和加强村卫生室建设”建议的答复'
    const split = breakTitle(long, 19)
    expect(split.join('')).toBe(long)
    for (const line of split) expect(line.length).toBeLessThanOrEqual(19)
  })
})
