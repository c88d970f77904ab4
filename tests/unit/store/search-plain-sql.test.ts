import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { inTransaction, openDatabase, type ReadDb } from '../../../electron/store/db'
import { insertReply, updateReply } from '../../../electron/store/drafts-repo'
import { searchReplies } from '../../../electron/store/search'
import { similarReplies } from '../../../electron/store/similar'
import { openTestDb } from '../import/archive-fixtures'

// Issue 14 item 6: the search index is kept by plain SQL plus the app's own write transaction, so
// other SQLite tools can write replies and a read-only connection can search.

const row = (id: string, title: string, body: string) => ({
  id,
  status: 'draft',
  fields_json: JSON.stringify({ title, proposer: '龙钺文' }),
  body_json: '{}',
  body_text: body,
  template_id: 'jianyi-a',
  created_at: '2026-03-01T08:00:00.000Z'
})

describe('search index without app code in the database', () => {
  it('lets another SQLite tool write replies; the app indexes them when it next opens', () => {
    const { db, file } = openTestDb()
    insertReply(db, row('kept', '关于乡村医生待遇的答复', '提高村医补助标准。'))
    insertReply(db, row('gone', '关于药品集采的答复', '集采药品进医院。'))
    db.close()

    // A connection that registers nothing, as the sqlite3 shell or DB Browser would open it.
    const tool = new Database(file)
    tool
      .prepare(
        `INSERT INTO replies (id, status, fields_json, body_json, body_text, template_id, created_at, updated_at)
         VALUES ('outside', 'draft', '{"title":"关于医保报销的答复"}', '{}', '异地医保报销已开通。', '', '2026-03-02', '2026-03-02')`
      )
      .run()
    tool.prepare("UPDATE replies SET body_text = '村医养老保险已落实。' WHERE id = 'kept'").run()
    tool.prepare("DELETE FROM replies WHERE id = 'gone'").run()
    tool.close()

    const app = openDatabase(file)
    expect(searchReplies(app, { query: '医保' }).hits.map((h) => h.id)).toEqual(['outside'])
    expect(searchReplies(app, { query: '养老' }).hits.map((h) => h.id)).toEqual(['kept'])
    expect(searchReplies(app, { query: '补助' }).total).toBe(0)
    expect(searchReplies(app, { query: '集采' }).total).toBe(0)
    app.close()
  })

  it('searches on a read-only connection, right after the app saved', () => {
    const { db, file } = openTestDb()
    insertReply(db, row('a', '关于乡村医生待遇的答复', '提高村医补助标准，落实养老保险。'))
    updateReply(db, 'a', { body_text: '提高村医补助标准，落实医保报销。' }, '2026-03-02T08:00:00Z')
    const reader: ReadDb = new Database(file, { readonly: true, fileMustExist: true })
    expect(searchReplies(reader, { query: '医保' }).hits.map((h) => h.id)).toEqual(['a'])
    expect(searchReplies(reader, { query: '养老' }).total).toBe(0)
    expect(similarReplies(reader, { proposer: '龙钺文' }).map((s) => s.id)).toEqual(['a'])
    // @ts-expect-error a ReadDb is not a connection the app may write through
    expect(() => inTransaction(reader, () => undefined)).toThrow(/数据文件夹只读/)
    reader.close()
    db.close()
  })
})
