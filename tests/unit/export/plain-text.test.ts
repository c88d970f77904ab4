import { describe, expect, it } from 'vitest'
import { composedToPlainText } from '../../../electron/export/plain-text'
import { fullReply, lukouReply } from '../../fixtures/export/samples'

describe('composedToPlainText', () => {
  it('gives the letter as lines in reading order, sections apart by a blank line', () => {
    const reply = {
      ...lukouReply(),
      title: '株洲市渌口区卫生健康局\n关于对区人大二届五次会议第17号建议的\n回 复'
    }
    const text = composedToPlainText(reply)
    const sections = text.split('\n\n')
    expect(sections[0]).toBe('渌卫复〔2025〕1号(A)类')
    expect(sections[1]).toBe('株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复')
    const body = sections[2]!.split('\n')
    expect(body[0]).toBe('龙钺文等代表：')
    expect(body).toContain('一、基本情况')
    expect(body.at(-1)).toMatch(/^基层医疗服务提升是长期工程/)
    expect(sections.slice(3)).toEqual([
      '株洲市渌口区卫生健康局\n2025年7月16日',
      '主管领导：曹虎，联系电话：13874100819；\n经办人：刘海茵，联系电话：15873304217。',
      '抄送：区人大常委会联工委一式两份，区政府督查室一式两份。'
    ])
  })

  it('keeps headings, list numbers and table rows, and drops all formatting', () => {
    const text = composedToPlainText(fullReply())
    const lines = text.split('\n')
    expect(lines).toContain('（一）机构设置情况')
    expect(lines).toContain('一是建机制。全市共设置乡镇卫生院140家。')
    expect(lines).toContain('2.加强设备配备')
    expect(lines).toContain('平江县\u300024\u3000412')
    expect(lines).toContain('附件：1.岳阳市紧密型县域医共体建设进展情况表')
    expect(lines).toContain('2.岳阳市乡镇卫生院名单')
    expect(lines.slice(0, 5)).toEqual([
      '岳卫字〔2024〕12号 A1类 同意公开',
      'A类',
      '000123',
      '内部★1年',
      '特急'
    ])
    expect(text).not.toMatch(/\*\*|<|\t/)
  })
})
