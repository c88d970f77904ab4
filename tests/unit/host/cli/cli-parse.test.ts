import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliContext } from '../../../../electron/host/cli/command'
import { COMMANDS } from '../../../../electron/host/cli/registry'
import { FIXTURES, omit } from '../../domain/parse/fixtures'
import { SEEDS, seedText } from '../../../fixtures/seeds'

const noArchive: CliContext = {
  dataDir: '',
  call: () => Promise.reject(new Error('parse must not call the API')),
  services: () => {
    throw new Error('parse must not open the archive')
  },
  progress: () => undefined
}

async function parse(file: string) {
  const command = COMMANDS.find((c) => c.name === 'parse')
  if (!command) throw new Error('parse is not registered')
  return command.run({ positionals: [file], values: { json: true } }, noArchive)
}

describe('cli parse', () => {
  it('prints is_reply and exactly the fields of expected.json, in its order', async () => {
    const [, , xianning] = JSON.parse(seedText('expected.json')) as Record<string, unknown>[]
    const fields = omit(xianning!, 'file', 'known_defects')
    const { json } = await parse(join(SEEDS, String(xianning!.file)))
    expect(json).toStrictEqual({ is_reply: true, ...fields })
    expect(JSON.stringify(json)).toBe(JSON.stringify({ is_reply: true, ...fields }))
  })

  it('lists the fields in Chinese and flags the ones to confirm', async () => {
    const { text } = await parse(join(FIXTURES, 'variants', 'organ-in-title.txt'))
    expect(text.split('\n').slice(0, 3)).toEqual([
      '发文机关：株洲市渌口区卫生健康局（待确认）',
      '文号：（未写明）',
      '办理结果：（未写明）'
    ])
    const policy = await parse(join(SEEDS, 'policy-zhuzhou-primary-care.txt'))
    expect(policy.text).toBe('此文件不是建议提案答复，未读取字段。')
    expect(policy.json).toMatchObject({ is_reply: false, organ: null, cc: [] })
  })

  it('fails with the reader message for a file it cannot read', async () => {
    await expect(parse(join(FIXTURES, 'missing.pdf'))).rejects.toThrow(
      '找不到该文件，请确认文件仍在原来的位置后重试。'
    )
  })
})
