import { beforeAll, describe, expect, it } from 'vitest'
import { insertArchivedReplies } from '../../../electron/store/archive-repo'
import type { DB } from '../../../electron/store/db'
import { deleteReply, insertReply, updateReply } from '../../../electron/store/drafts-repo'
import { searchReplies, WINDOW } from '../../../electron/store/search'
import { MARK_END, MARK_START } from '../../../electron/domain/search-marks'
import { emptyFields, type ReplyFields } from '../../../electron/domain/reply-schema'
import { importSeeds, openTestDb } from '../import/archive-fixtures'

let db: DB
let ids: Record<string, string>
const LUKOU = 'reply-lukou-2025-renda-17.txt'
const XIANNING = 'reply-xianning-2024-renda-068.txt'
const YUEYANG = 'reply-yueyang-2024-zhengxie-167.txt'

function found(query: string, filters = {}): string[] {
  return searchReplies(db, { query, filters }).hits.map((h) => h.id)
}

let draftCount = 0
function draft(fields: Partial<ReplyFields>, body: string, status = 'draft'): string {
  const id = `draft-${++draftCount}`
  insertReply(db, {
    id,
    status,
    fields_json: JSON.stringify({ ...emptyFields(), ...fields }),
    body_json: '{"root":{"type":"root","children":[]}}',
    body_text: body,
    template_id: '',
    created_at: '2026-03-01T08:00:00.000Z'
  })
  return id
}

beforeAll(async () => {
  db = openTestDb().db
  ids = await importSeeds(db)
})

describe('searchReplies: Chinese terms', () => {
  it('finds 2-character words that trigram indexes miss', () => {
    expect(found('医保').sort()).toEqual([ids[LUKOU], ids[YUEYANG]].sort())
    expect(found('村医').sort()).toEqual([ids[XIANNING], ids[YUEYANG]].sort())
  })

  it('finds 3- and 4-character terms and marks them in the snippet', () => {
    const result = searchReplies(db, { query: '医共体' })
    expect(result).toMatchObject({ total: 3, total_exact: true })
    for (const hit of result.hits) expect(hit.snippet).toContain(`${MARK_START}医共体${MARK_END}`)
    expect(found('中医馆')).toEqual([ids[YUEYANG]])
  })

  it('matches a phrase only where its characters are adjacent', () => {
    expect(found('紧密型医共体')).toEqual([ids[LUKOU]])
    expect(found('紧密型县域医共体').sort()).toEqual([ids[XIANNING], ids[YUEYANG]].sort())
  })

  it('requires every space-separated term', () => {
    expect(found('医共体 中医馆')).toEqual([ids[YUEYANG]])
    expect(found('医共体 不存在的词')).toEqual([])
  })

  it('looks up a single character in titles, subjects and names', () => {
    expect(found('虎')).toEqual([ids[LUKOU]])
    const result = searchReplies(db, { query: '医' })
    expect(result.total).toBe(3)
    expect(result.hits[0]!.snippet).toContain(`${MARK_START}医${MARK_END}`)
  })

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchReplies(db, { query: '' })).toEqual({ total: 0, total_exact: true, hits: [] })
    expect(searchReplies(db, { query: '，。“”' }).hits).toEqual([])
  })

  it('returns the fields a result list shows', () => {
    const hit = searchReplies(db, { query: '致公党' }).hits[0]
    expect(hit).toMatchObject({
      id: ids[YUEYANG],
      title: '对岳阳市政协九届三次会议第167号提案的答复',
      proposer: '致公党岳阳市委',
      kind: '提案',
      year: 2024,
      classification: 'A1',
      status: 'archived'
    })
    expect(hit!.score).toBeGreaterThan(0)
  })
})

describe('searchReplies: filters', () => {
  it.each([
    [{ year: 2025 }, [LUKOU]],
    [{ kind: '提案' }, [YUEYANG]],
    [{ classification: 'a1' }, [YUEYANG]],
    [{ classification: 'A' }, [LUKOU, XIANNING]],
    [{ session: '市六届' }, [XIANNING]],
    [{ proposer: '龙钺文' }, [LUKOU]],
    [{ leader: '董伟峰' }, [XIANNING]],
    [{ status: 'archived', year: 2024 }, [XIANNING, YUEYANG]],
    [{ status: 'draft' }, []]
  ])('医共体 with %j', (filters, files) => {
    expect(found('医共体', filters).sort()).toEqual(files.map((f) => ids[f]).sort())
  })

  it('lists by filters alone, newest first', () => {
    expect(found('', { proposer: '许国欣' })).toEqual([ids[XIANNING]])
  })
})

describe('searchReplies: drafts and ranking', () => {
  it('ranks a reply about the term above replies that mention it in passing', () => {
    const id = draft(
      { title: '关于提高村医医保待遇的答复', subject: '关于村医医保的建议' },
      '经研究，答复如下。'
    )
    const hits = searchReplies(db, { query: '医保' }).hits
    expect(hits[0]!.id).toBe(id)
    expect(hits[0]!.status).toBe('draft')
    expect(hits).toHaveLength(3)
    deleteReply(db, id)
  })

  it('finds a saved draft at once, follows its edits and forgets it when deleted', () => {
    const id = draft({ title: '关于托育服务的答复' }, '普惠托育服务体系建设。')
    expect(found('托育')).toEqual([id])
    updateReply(db, id, { body_text: '婴幼儿照护服务。' }, '2026-03-02T08:00:00.000Z')
    expect(found('照护')).toEqual([id])
    expect(found('普惠')).toEqual([])
    deleteReply(db, id)
    expect(found('照护')).toEqual([])
  })

  it('reads across line breaks, spaces and full-width letters as the index does', () => {
    const id = draft(
      { title: '关于分级诊疗的答复' },
      '推进智慧药\n房建设，落实Ｚ类事项，投入 375 万元。'
    )
    expect(found('智慧药房')).toEqual([id])
    expect(found('z类')).toEqual([id])
    expect(found('375万元')).toEqual([id])
    const snippet = searchReplies(db, { query: '智慧药房' }).hits[0]!.snippet
    expect(snippet).toBe(`推进${MARK_START}智慧药 房${MARK_END}建设，落实Ｚ类事项，投入 375 万元。`)
    deleteReply(db, id)
  })
})

describe('searchReplies: many matches', () => {
  it('estimates the total past the ranking window and is exact below it', () => {
    const now = '2026-03-01T08:00:00.000Z'
    const batch = Array.from({ length: WINDOW + 20 }, (_, i) => ({
      reply: {
        id: `bulk-${i}`,
        status: 'archived',
        fields_json: JSON.stringify({
          ...emptyFields(),
          title: `第${i}号答复`,
          date: i % 2 ? '2021-05-01' : '2022-05-01'
        }),
        body_json: '{"root":{"type":"root","children":[]}}',
        body_text: `关于互联网医院的第${i}次答复。`,
        template_id: '',
        created_at: now
      },
      source: {
        source_path: `bulk-${i}.txt`,
        content_hash: `hash-${i}`,
        year_hint: null,
        parsed_json: '{}',
        uncertain_json: '[]'
      },
      import: {
        path: `bulk-${i}.txt`,
        status: 'imported',
        message: '',
        uncertain_json: '[]',
        imported_at: now
      },
      people: [],
      session: null,
      seen: now.slice(0, 10)
    }))
    insertArchivedReplies(db, batch)
    const all = searchReplies(db, { query: '互联网医院', limit: 5 })
    expect(all.total_exact).toBe(false)
    expect(all.total).toBeGreaterThanOrEqual(WINDOW)
    expect(all.total).toBeLessThanOrEqual(WINDOW + 40)
    expect(all.hits).toHaveLength(5)
    const year = searchReplies(db, { query: '互联网医院', filters: { year: 2021 } })
    expect(year).toMatchObject({ total: (WINDOW + 20) / 2, total_exact: true })
    const page2 = searchReplies(db, {
      query: '互联网医院',
      filters: { year: 2021 },
      limit: 20,
      offset: 20
    })
    expect(page2.hits).toHaveLength(20)
    expect(page2.hits[0]!.id).not.toBe(year.hits[0]!.id)
  })
})
