import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/store/db'
import {
  deleteReply,
  getReply,
  insertReply,
  listReplies,
  updateReply
} from '../../../electron/store/drafts-repo'
import { tempDir } from '../helpers'

function newRow(id: string, created_at = '2025-07-01T00:00:00.000Z') {
  return {
    id,
    status: 'draft',
    fields_json: '{"proposer":"许国欣"}',
    body_json: '{"root":{"type":"root","children":[]}}',
    body_text: '',
    template_id: '',
    created_at
  }
}

describe('drafts repository', () => {
  it('inserts, reads back after reopening, updates with a new revision and deletes', () => {
    const file = join(tempDir(), 'r.db')
    const db = openDatabase(file)
    insertReply(db, newRow('a'))
    db.close()

    const again = openDatabase(file)
    expect(getReply(again, 'a')).toMatchObject({
      id: 'a',
      revision: 1,
      fields_json: '{"proposer":"许国欣"}'
    })
    const updated = updateReply(again, 'a', { body_text: '医共体' }, '2025-07-02T00:00:00.000Z')
    expect(updated).toMatchObject({
      revision: 2,
      body_text: '医共体',
      updated_at: '2025-07-02T00:00:00.000Z'
    })
    expect(updateReply(again, 'missing', {}, 'x')).toBeUndefined()
    expect(deleteReply(again, 'a')).toBe(true)
    expect(getReply(again, 'a')).toBeUndefined()
    again.close()
  })

  it('lists the most recently changed first and leaves archived replies out of the draft list', () => {
    const db = openDatabase(join(tempDir(), 'r.db'))
    insertReply(db, newRow('old', '2025-01-01T00:00:00.000Z'))
    insertReply(db, newRow('new', '2025-02-01T00:00:00.000Z'))
    insertReply(db, { ...newRow('arch'), status: 'archived' })
    expect(listReplies(db).map((r) => r.id)).toEqual(['new', 'old'])
    expect(listReplies(db, 'archived').map((r) => r.id)).toEqual(['arch'])
    db.close()
  })

  it('refuses a duplicate id without leaving a partial row', () => {
    const db = openDatabase(join(tempDir(), 'r.db'))
    insertReply(db, newRow('a'))
    expect(() => insertReply(db, newRow('a'))).toThrow()
    expect(listReplies(db)).toHaveLength(1)
    db.close()
  })
})
