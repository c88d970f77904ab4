import { describe, expect, it } from 'vitest'
import { formatSession, parseSession, sessionBody } from '../../../electron/domain/session'

describe('session', () => {
  it('reads the word orders seen in the samples', () => {
    expect(parseSession('区人大二届五次会议')).toEqual({
      info: { level: '区', body: '人大', term: '二', meeting: '五' },
      style: 'short'
    })
    expect(parseSession('市六届人大三次会议')).toEqual({
      info: { level: '市', body: '人大', term: '六', meeting: '三' },
      style: 'term-first'
    })
    expect(parseSession('岳阳市政协九届三次会议')).toEqual({
      info: { level: '市', place: '岳阳市', body: '政协', term: '九', meeting: '三' },
      style: 'short'
    })
  })

  it('reads the formal forms', () => {
    expect(parseSession('第九届人民代表大会第四次会议')).toEqual({
      info: { level: '', body: '人大', term: '九', meeting: '四' },
      style: 'formal'
    })
    expect(parseSession('政协岳阳市第九届委员会第三次会议')?.info).toEqual({
      level: '市',
      place: '岳阳市',
      body: '政协',
      term: '九',
      meeting: '三'
    })
    expect(parseSession('株洲市渌口区第二届人民代表大会第五次会议')?.info.place).toBe(
      '株洲市渌口区'
    )
  })

  it('writes one session in every style and reads each back', () => {
    const info = { level: '市', place: '岳阳市', body: '政协' as const, term: '九', meeting: '三' }
    expect(formatSession(info, 'short')).toBe('岳阳市政协九届三次会议')
    expect(formatSession(info, 'term-first')).toBe('岳阳市九届政协三次会议')
    expect(formatSession(info, 'formal')).toBe('政协岳阳市第九届委员会第三次会议')
    const lukou = { level: '区', body: '人大' as const, term: '二', meeting: '五' }
    expect(formatSession(lukou, 'short')).toBe('区人大二届五次会议')
    expect(formatSession(lukou, 'term-first')).toBe('区二届人大五次会议')
    expect(formatSession(lukou, 'formal')).toBe('区第二届人民代表大会第五次会议')
    for (const style of ['short', 'term-first', 'formal'] as const) {
      expect(parseSession(formatSession(info, style))).toEqual({ info, style })
      expect(parseSession(formatSession(lukou, style))).toEqual({ info: lukou, style })
    }
  })

  it('tolerates stray spaces and refuses text that is not a session', () => {
    expect(parseSession('区人大 二届五次 会议')?.info.term).toBe('二')
    expect(parseSession('关于推进基层医疗服务')).toBeNull()
    expect(parseSession('')).toBeNull()
  })

  it('tells 人大 from 政协', () => {
    expect(sessionBody('岳阳市政协九届三次会议', null, '协办意见')).toBe('政协')
    expect(sessionBody('区人大二届五次会议', null, '协办意见')).toBe('人大')
    expect(sessionBody('', null, '提案')).toBe('政协')
    expect(sessionBody('', { level: '市', body: '政协', term: '一', meeting: '一' }, '建议')).toBe(
      '政协'
    )
  })
})
