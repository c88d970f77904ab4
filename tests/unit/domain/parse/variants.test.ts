import { describe, expect, it } from 'vitest'
import { parseReply } from '../../../../electron/domain/parse'
import { fixtureJson, fixtureText, omit } from './fixtures'

// Made-up documents, one per layout variant real replies show; each file's `shows` says which.
type Variant = Record<string, unknown> & {
  file: string
  shows: string
  uncertain: string[]
  furniture?: string[]
}

const variants = fixtureJson<Variant[]>('variants', 'expected.json')

describe('parseReply on layout variants', () => {
  it.each(variants.map((v) => [v.file, v] as const))('%s', (file, variant) => {
    const fields = omit(variant, 'file', 'shows', 'uncertain', 'furniture')
    const parsed = parseReply(fixtureText('variants', file))
    expect(parsed.is_reply).toBe(true)
    expect(parsed.fields).toStrictEqual(fields)
    expect([...parsed.uncertain].sort()).toEqual([...variant.uncertain].sort())
  })
})

describe('a reply without a title', () => {
  it('reads the item from the opening sentence and marks it for confirmation', () => {
    const parsed = parseReply(
      [
        '王芳委员：',
        '您在市政协九届三次会议上提出的第52号提案《关于完善院前急救体系的提案》收悉。现答复如下：',
        '我们将继续推进急救体系建设。'
      ].join('\n')
    )
    expect(parsed.is_reply).toBe(true)
    expect(parsed.fields).toMatchObject({
      title: null,
      kind: '提案',
      item_number: 52,
      session: '市政协九届三次会议',
      proposer: '王芳委员',
      subject: '关于完善院前急救体系的提案'
    })
    expect([...parsed.uncertain].sort()).toEqual(['item_number', 'kind', 'session'])
  })

  it('is not a reply when nothing but a salutation looks like one', () => {
    const parsed = parseReply('各县市区卫生健康局：\n现将有关事项通知如下：\n一、工作目标')
    expect(parsed.is_reply).toBe(false)
  })
})
