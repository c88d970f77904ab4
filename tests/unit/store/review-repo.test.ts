import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../../../electron/store/db'
import { deleteReply, insertReply } from '../../../electron/store/drafts-repo'
import {
  countOpenComments,
  getPin,
  getSyncBase,
  insertAudit,
  insertComment,
  insertVersion,
  listAudit,
  listComments,
  listVersions,
  mergeComment,
  resolveComment,
  setPin,
  setSyncBase,
  type NewVersion
} from '../../../electron/store/review-repo'
import type { AuditEntry, ReviewComment } from '../../../electron/domain/review/records'
import { tempDir } from '../helpers'

function dbWithReply(file = join(tempDir(), 'r.db')): DB {
  const db = openDatabase(file)
  insertReply(db, {
    id: 'r1',
    status: 'review',
    fields_json: '{"title":"关于加强村医队伍建设的答复"}',
    body_json: '{"root":{"type":"root","children":[]}}',
    body_text: '',
    template_id: '',
    created_at: '2025-07-01T00:00:00.000Z'
  })
  return db
}

const version = (id: string, created_at: string): NewVersion => ({
  id,
  reply_id: 'r1',
  reason: 'submit',
  status: 'review',
  revision: 3,
  fields: { title: '关于加强村医队伍建设的答复' },
  body: { root: { type: 'root', children: [] } },
  body_text: '正文',
  template_id: 'renda',
  content_hash: `hash-${id}`,
  actor: '李明',
  note: '',
  created_at,
  signature: ''
})

const comment = (id: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
  id,
  reply_id: 'r1',
  parent_id: null,
  author: '王局长',
  text: '资金数据请核实',
  quote: '500万元',
  created_at: '2025-07-02T08:00:00.000Z',
  resolved_at: null,
  resolved_by: null,
  ...extra
})

const audit = (id: string, created_at: string): AuditEntry => ({
  id,
  reply_id: 'r1',
  reply_title: '关于加强村医队伍建设的答复',
  event: 'submit',
  from_status: 'draft',
  to_status: 'review',
  actor: '李明',
  note: '',
  detail: '',
  created_at
})

describe('review repository', () => {
  it('numbers versions per reply and reads them back after reopening', () => {
    const file = join(tempDir(), 'r.db')
    const db = dbWithReply(file)
    expect(insertVersion(db, version('v1', '2025-07-02T00:00:00.000Z')).number).toBe(1)
    expect(insertVersion(db, version('v2', '2025-07-03T00:00:00.000Z')).number).toBe(2)
    db.close()
    const again = openDatabase(file)
    const listed = listVersions(again, 'r1')
    expect(listed.map((v) => [v.id, v.number, v.actor])).toEqual([
      ['v1', 1, '李明'],
      ['v2', 2, '李明']
    ])
    expect(listed[0]?.fields).toEqual({ title: '关于加强村医队伍建设的答复' })
    expect(listed[0]?.body).toEqual({ root: { type: 'root', children: [] } })
    again.close()
  })

  it('resolves comments once and never reopens one through a merge', () => {
    const db = dbWithReply()
    insertComment(db, comment('c1'))
    insertComment(
      db,
      comment('c2', { parent_id: 'c1', text: '已核实，数据无误', author: '李明', quote: '' })
    )
    expect(countOpenComments(db, 'r1')).toBe(1)
    expect(resolveComment(db, 'c1', '李明', '2025-07-03T00:00:00.000Z')).toMatchObject({
      resolved_by: '李明',
      resolved_at: '2025-07-03T00:00:00.000Z'
    })
    // A second resolution keeps the first one's who and when.
    expect(resolveComment(db, 'c1', '张三', '2025-07-04T00:00:00.000Z')?.resolved_by).toBe('李明')
    expect(countOpenComments(db, 'r1')).toBe(0)
    expect(mergeComment(db, comment('c1'))).toBe('unchanged')
    expect(mergeComment(db, comment('c3', { created_at: '2025-07-05T00:00:00.000Z' }))).toBe(
      'added'
    )
    expect(listComments(db, 'r1').map((c) => c.id)).toEqual(['c1', 'c2', 'c3'])
    db.close()
  })

  it('ignores an audit entry it already holds and keeps the log after the reply is deleted', () => {
    const db = dbWithReply()
    insertVersion(db, version('v1', '2025-07-02T00:00:00.000Z'))
    insertComment(db, comment('c1'))
    expect(insertAudit(db, audit('a1', '2025-07-02T00:00:00.000Z'))).toBe(true)
    expect(insertAudit(db, audit('a1', '2025-07-02T00:00:00.000Z'))).toBe(false)
    expect(deleteReply(db, 'r1')).toBe(true)
    expect(listVersions(db, 'r1')).toEqual([])
    expect(listComments(db, 'r1')).toEqual([])
    expect(listAudit(db).map((e) => [e.id, e.reply_title])).toEqual([
      ['a1', '关于加强村医队伍建设的答复']
    ])
    db.close()
  })

  it('stores PIN hashes and the package sync base', () => {
    const db = dbWithReply()
    setPin(db, { name: '王局长', pin_salt: 's', pin_hash: 'h1', updated_at: 'x' })
    setPin(db, { name: '王局长', pin_salt: 's', pin_hash: 'h2', updated_at: 'y' })
    expect(getPin(db, '王局长')).toMatchObject({ pin_hash: 'h2' })
    expect(getSyncBase(db, 'r1')).toBeUndefined()
    setSyncBase(db, 'r1', 'abc', 'x')
    setSyncBase(db, 'r1', 'def', 'y')
    expect(getSyncBase(db, 'r1')).toBe('def')
    db.close()
  })

  it('reads comments and the log of one reply through their indexes', () => {
    const db = dbWithReply()
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('r1') as { detail: string }[])
        .map((r) => r.detail)
        .join(' ')
    expect(plan('SELECT * FROM review_comments WHERE reply_id = ? ORDER BY created_at')).toContain(
      'review_comments_reply'
    )
    expect(plan('SELECT * FROM review_audit WHERE reply_id = ? ORDER BY created_at')).toContain(
      'review_audit_reply'
    )
    db.close()
  })
})
