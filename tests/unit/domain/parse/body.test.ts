import { describe, expect, it } from 'vitest'
import { parseReply } from '../../../../electron/domain/parse'
import { blockOf, runsOf } from '../../../../electron/domain/parse/body-blocks'
import { fixtureText } from './fixtures'
import { seedText } from '../../../fixtures/seeds'

describe('body blocks', () => {
  it('detects the four heading levels, with half-width brackets too', () => {
    expect(blockOf('一、基本情况')).toEqual({
      type: 'heading',
      level: 1,
      runs: [{ text: '一、基本情况' }]
    })
    expect(blockOf('（一）设备升级')).toMatchObject({ type: 'heading', level: 2 })
    expect(blockOf('(二) 共享中心建设')).toMatchObject({ type: 'heading', level: 2 })
    expect(blockOf('1.加强站点建设')).toMatchObject({ type: 'heading', level: 3 })
    expect(blockOf('(1)城区站点')).toMatchObject({ type: 'heading', level: 4 })
    expect(blockOf('（2）农村站点')).toMatchObject({ type: 'heading', level: 4 })
  })

  it('keeps a numbered line that goes on after its first sentence as a paragraph', () => {
    expect(blockOf('（二）药品供应优化。已建立统一用药目录。')).toMatchObject({ type: 'paragraph' })
    expect(blockOf('2024 年，成功创建示范县。')).toMatchObject({ type: 'paragraph' })
    expect(blockOf('1.5 万人次接受培训。')).toMatchObject({ type: 'paragraph' })
  })

  it('turns ** pairs into bold runs and drops unpaired markers', () => {
    expect(runsOf('(一)强化领导。**一是建机制。**按照要求。一是**加强基础建设**。')).toEqual([
      { text: '(一)强化领导。' },
      { text: '一是建机制。', bold: true },
      { text: '按照要求。一是' },
      { text: '加强基础建设', bold: true },
      { text: '。' }
    ])
    expect(runsOf('只有一个**标记')).toEqual([{ text: '只有一个标记' }])
  })

  it('spans from the salutation to the contact block', () => {
    const { body } = parseReply(seedText('reply-yueyang-2024-zhengxie-167.txt'))
    const texts = body.blocks.map((b) =>
      b.type === 'paragraph' || b.type === 'heading' ? b.runs.map((r) => r.text).join('') : ''
    )
    expect(texts[0]).toMatch(/^贵委提出的《关于加强农村基层医疗保障体系建设的提案》收悉。/)
    expect(texts[texts.length - 1]).toBe('感谢致公党岳阳市委对卫生健康工作的关心和支持。')
    expect(body.blocks.filter((b) => b.type === 'heading').length).toBe(3)
    const bold = body.blocks.flatMap((b) =>
      b.type === 'paragraph' ? b.runs.filter((r) => r.bold).map((r) => r.text) : []
    )
    expect(bold).toEqual([
      '一是建机制。',
      '二是保基本。',
      '三是强基层。',
      '加强基础建设',
      '加强设备配备',
      '全面推进紧密型县域医共体建设',
      '二是开展县域医疗卫生次中心建设。',
      '三是不断提升家庭医生签约服务覆盖面和服务质量。',
      '四是推动中医药服务基层。'
    ])
  })

  it('starts with the rest of a salutation line', () => {
    const { body } = parseReply(fixtureText('variants', 'page-artefacts.txt'))
    expect(body.blocks[0]).toEqual({ type: 'paragraph', runs: [{ text: '您好！' }] })
  })
})
