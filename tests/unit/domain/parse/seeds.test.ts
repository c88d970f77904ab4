import { describe, expect, it } from 'vitest'
import { parseReply } from '../../../../electron/domain/parse'
import { emptyParsedFields } from '../../../../electron/domain/parse/types'
import { omit } from './fixtures'
import { seedText } from '../../../fixtures/seeds'

type Expected = Record<string, unknown> & { file: string; known_defects: string[] }

const expected = JSON.parse(seedText('expected.json')) as Expected[]

describe('parseReply on the seed replies', () => {
  it.each(expected.map((e) => [e.file, e] as const))(
    '%s gives expected.json exactly',
    (file, entry) => {
      const fields = omit(entry, 'file', 'known_defects')
      const parsed = parseReply(seedText(file))
      expect(parsed.is_reply).toBe(true)
      expect(parsed.fields).toStrictEqual(fields)
      expect(parsed.uncertain).toEqual([])
    }
  )

  it('keeps the number as written only when it has leading zeros', () => {
    const xianning = parseReply(seedText('reply-xianning-2024-renda-068.txt'))
    const lukou = parseReply(seedText('reply-lukou-2025-renda-17.txt'))
    expect(xianning.fields.item_number_raw).toBe('068')
    expect('item_number_raw' in lukou.fields).toBe(false)
  })
})

describe('parseReply on documents that are not replies', () => {
  it.each(['policy-zhuzhou-primary-care.txt', 'news-zhuzhou-health-2024.txt'])(
    '%s is not a reply and gets no invented fields',
    (file) => {
      const parsed = parseReply(seedText(file))
      expect(parsed.is_reply).toBe(false)
      expect(parsed.fields).toStrictEqual(emptyParsedFields())
      expect(parsed.uncertain).toEqual([])
      expect(parsed.body.blocks.length).toBeGreaterThan(10)
    }
  )
})
