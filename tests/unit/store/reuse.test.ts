import { beforeAll, describe, expect, it } from 'vitest'
import type { DB } from '../../../electron/store/db'
import { insertReply } from '../../../electron/store/drafts-repo'
import { latestContactFor, paragraphsOf, proposerHistory } from '../../../electron/store/reuse'
import { sharedWords, similarReplies } from '../../../electron/store/similar'
import { emptyFields } from '../../../electron/domain/reply-schema'
import { importSeeds, openTestDb } from '../import/archive-fixtures'

let db: DB
let ids: Record<string, string>
const LUKOU = 'reply-lukou-2025-renda-17.txt'
const XIANNING = 'reply-xianning-2024-renda-068.txt'
const YUEYANG = 'reply-yueyang-2024-zhengxie-167.txt'

beforeAll(async () => {
  db = openTestDb().db
  ids = await importSeeds(db)
  // A newer draft of the same kind: unfinished work must not be offered as the contact to copy.
  insertReply(db, {
    id: 'draft-1',
    status: 'draft',
    fields_json: JSON.stringify({
      ...emptyFields(),
      leader: '草稿领导',
      date: '2026-01-01',
      kind: '建议'
    }),
    body_json: '{"root":{"type":"root","children":[]}}',
    body_text: '',
    template_id: '',
    created_at: '2026-01-01T00:00:00.000Z'
  })
})

describe('similarReplies', () => {
  it('puts the reply on the same subject first and says which words they share', () => {
    const similar = similarReplies(db, {
      subject: '关于完善医联体体系的建议',
      bodyText: '建议完善医联体体系，推动医联体内人才下沉。'
    })
    expect(similar[0]!.id).toBe(ids[XIANNING])
    expect(similar[0]!.shared[0]).toMatch(/^完善/)
    expect(similar[0]!.score).toBeGreaterThan(similar[1]?.score ?? 0)
  })

  it('boosts replies to the same proposer and leaves out the draft itself', () => {
    const input = { subject: '关于基层医疗服务的建议', proposer: '龙钺文等代表' }
    expect(similarReplies(db, input)[0]!.id).toBe(ids[LUKOU])
    const without = similarReplies(db, { ...input, excludeId: ids[LUKOU] }).map((s) => s.id)
    expect(without).not.toContain(ids[LUKOU])
  })

  it('finds nothing for an empty draft', () => {
    expect(similarReplies(db, {})).toEqual([])
  })

  it('shows shared bigrams as the words they come from', () => {
    expect(
      sharedWords('完善医联体体系', new Set(['完善', '善医', '医联', '体系', '人才', '才队']))
    ).toEqual(['完善医联', '体系', '人才队'])
  })
})

describe('proposerHistory', () => {
  it('finds a proposer however the address is written', () => {
    for (const name of ['龙钺文', '龙钺文等代表']) {
      expect(proposerHistory(db, name)).toEqual([
        expect.objectContaining({
          id: ids[LUKOU],
          kind: '建议',
          session: '区人大二届五次会议',
          item_number: '17',
          subject: '关于推进基层医疗服务',
          year: 2025,
          date: '2025-07-16'
        })
      ])
    }
    expect(proposerHistory(db, '致公党岳阳市委').map((p) => p.id)).toEqual([ids[YUEYANG]])
    expect(proposerHistory(db, '龙钺')).toEqual([])
  })
})

describe('latestContactFor', () => {
  it('offers the contact block and 抄送 of the newest finished reply of the kind', () => {
    expect(latestContactFor(db, '建议')).toEqual({
      from_id: ids[LUKOU],
      from_title: '株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复',
      date: '2025-07-16',
      organ: '株洲市渌口区卫生健康局',
      leader: '曹虎',
      leader_phone: '13874100819',
      handler: '刘海茵',
      handler_phone: '15873304217',
      postcode: '',
      cc: ['区人大常委会联工委', '区政府督查室']
    })
    expect(latestContactFor(db, '提案')).toMatchObject({
      leader: '吴艳辉',
      handler: '高大为',
      handler_phone: '0730-8206079',
      cc: []
    })
    expect(latestContactFor(db, '会办意见')).toBeNull()
  })
})

describe('paragraphsOf', () => {
  it('offers each section whole and each paragraph under its heading', () => {
    const pieces = paragraphsOf(db, ids[LUKOU]!)!
    const sections = pieces.filter((p) => p.kind === 'section')
    expect(sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['一、基本情况', '四、关于“健全运行管理机制”建议的落实'])
    )
    const first = sections.find((s) => s.heading === '一、基本情况')!
    expect(first.blocks[0]).toMatchObject({ type: 'heading', level: 1 })
    expect(first.text).toContain('淦口路径')
    expect(first.text).not.toContain('二、关于')
    const paragraph = pieces.find((p) => p.kind === 'paragraph' && p.text.includes('淦口路径'))!
    expect(paragraph).toMatchObject({ heading: '一、基本情况' })
    expect(paragraph.blocks).toHaveLength(1)
    expect(paragraphsOf(db, 'no-such-id')).toBeNull()
  })
})
