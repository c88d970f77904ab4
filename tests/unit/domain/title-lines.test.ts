import { describe, expect, it } from 'vitest'
import { spaceLoneGenre, textWidthEm, titleLines } from '../../../electron/domain/title-lines'

describe('title lines', () => {
  it('measures digits as half a character', () => {
    expect(textWidthEm('第17号建议')).toBe(5)
    expect(textWidthEm('')).toBe(0)
  })

  it('spaces a 文种 left alone on the last line, as the samples print it', () => {
    const lines = titleLines('株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复', 18)
    expect(lines).toEqual(['株洲市渌口区卫生健康局关于对区人大二', '届五次会议第17号建议的回复'])
    expect(titleLines('对岳阳市政协九届三次会议第167号提案的答复', 19.5)).toEqual([
      '对岳阳市政协九届三次会议第167号提案的',
      '答 复'
    ])
    expect(spaceLoneGenre(['对市六届人大三次会议第068号建议的', '答复'])).toEqual([
      '对市六届人大三次会议第068号建议的',
      '答 复'
    ])
    expect(spaceLoneGenre(['答复'])).toEqual(['答复'])
  })

  it('never splits a number', () => {
    for (const line of titleLines('对市六届人大三次会议第068号建议的答复', 11.5)) {
      expect(line.endsWith('0')).toBe(false)
    }
    expect(titleLines('对市六届人大三次会议第068号建议的答复', 11.5).join('')).toBe(
      '对市六届人大三次会议第068号建议的答复'
    )
  })
})
