import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { openDatabase, type DB } from '../../../electron/store/db'
import { insertReply } from '../../../electron/store/drafts-repo'
import {
  DocNumberError,
  allocateDocNumber,
  claimDocNumber,
  docNumberOf,
  listDocNumbers,
  nextDocNumber,
  registerLines,
  reserveDocNumber,
  voidDocNumber
} from '../../../electron/store/register-repo'
import { tempDir } from '../helpers'

function openWithReplies(ids: string[], file = join(tempDir(), 'register.db')): DB {
  const db = openDatabase(file)
  for (const id of ids) {
    insertReply(db, {
      id,
      status: 'draft',
      fields_json: JSON.stringify({ title: `第${id}份答复的标题` }),
      body_json: '{}',
      body_text: '',
      template_id: 'renda-reply',
      created_at: '2025-07-01T00:00:00.000Z'
    })
  }
  return db
}

function refusal(fn: () => unknown): DocNumberError {
  try {
    fn()
  } catch (e) {
    if (e instanceof DocNumberError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

describe('文号 register', () => {
  it('allocates numbers in sequence per 代字 and year', () => {
    const db = openWithReplies(['r1', 'r2', 'r3', 'r4'])
    expect(nextDocNumber(db, '渌卫复', 2025)).toEqual({
      doc_number: '渌卫复〔2025〕1号',
      prefix: '渌卫复',
      year: 2025,
      n: 1
    })
    expect(allocateDocNumber(db, '渌卫复', 2025, 'r1').doc_number).toBe('渌卫复〔2025〕1号')
    expect(allocateDocNumber(db, '渌卫复', 2025, 'r2').doc_number).toBe('渌卫复〔2025〕2号')
    expect(allocateDocNumber(db, '渌卫复', 2026, 'r3').doc_number).toBe('渌卫复〔2026〕1号')
    expect(allocateDocNumber(db, '渌卫函', 2025, 'r4').doc_number).toBe('渌卫函〔2025〕1号')
    expect(nextDocNumber(db, '渌卫复', 2025).n).toBe(3)
    db.close()
  })

  it('gives a reply the number it already holds, and frees the old one when it moves', () => {
    const db = openWithReplies(['r1', 'r2'])
    allocateDocNumber(db, '渌卫复', 2025, 'r1')
    expect(allocateDocNumber(db, '渌卫复', 2025, 'r1').n).toBe(1)
    expect(allocateDocNumber(db, '渌卫函', 2025, 'r1').doc_number).toBe('渌卫函〔2025〕1号')
    expect(docNumberOf(db, 'r1')?.doc_number).toBe('渌卫函〔2025〕1号')
    expect(listDocNumbers(db, { prefix: '渌卫复' })).toEqual([])
    db.close()
  })

  it('refuses a 文号 another reply uses, naming that reply', () => {
    const db = openWithReplies(['r1', 'r2'])
    allocateDocNumber(db, '渌卫复', 2025, 'r1')
    const e = refusal(() => claimDocNumber(db, '渌卫复〔2025〕1号', 'r2'))
    expect(e.problem).toBe('taken')
    expect(e.message).toBe('文号 渌卫复〔2025〕1号 已被《第r1份答复的标题》使用，请换一个文号。')
    expect(refusal(() => claimDocNumber(db, '渌卫复[2025]第01号', 'r2')).problem).toBe('taken')
    expect(claimDocNumber(db, '渌卫复〔2025〕1号', 'r1').n).toBe(1)
    expect(refusal(() => claimDocNumber(db, '渌卫复2025', 'r2')).message).toContain('无法识别')
    db.close()
  })

  it('records a typed number in its standard form and continues after it', () => {
    const db = openWithReplies(['r1', 'r2'])
    expect(claimDocNumber(db, '渌卫复（2025）第007号', 'r1')).toEqual({
      doc_number: '渌卫复〔2025〕7号',
      prefix: '渌卫复',
      year: 2025,
      n: 7
    })
    expect(allocateDocNumber(db, '渌卫复', 2025, 'r2').n).toBe(8)
    db.close()
  })

  it('keeps reserved numbers aside until claimed', () => {
    const db = openWithReplies(['r1', 'r2'])
    expect(reserveDocNumber(db, '岳卫字', 2024, 12, '留给重点提案').doc_number).toBe(
      '岳卫字〔2024〕12号'
    )
    expect(reserveDocNumber(db, '岳卫字', 2024).n).toBe(13)
    expect(refusal(() => reserveDocNumber(db, '岳卫字', 2024, 12)).message).toBe(
      '文号 岳卫字〔2024〕12号 已预留，请换一个文号。'
    )
    expect(allocateDocNumber(db, '岳卫字', 2024, 'r1').n).toBe(14)
    claimDocNumber(db, '岳卫字〔2024〕12号', 'r2')
    expect(
      listDocNumbers(db, { prefix: '岳卫字', year: 2024 }).map((e) => [e.n, e.status, e.reply_id])
    ).toEqual([
      [14, 'allocated', 'r1'],
      [13, 'reserved', null],
      [12, 'allocated', 'r2']
    ])
    db.close()
  })

  it('never gives out a void number again', () => {
    const db = openWithReplies(['r1', 'r2'])
    allocateDocNumber(db, '渌卫复', 2025, 'r1')
    const voided = voidDocNumber(db, '渌卫复', 2025, 1, '印发前作废')
    expect(voided).toMatchObject({ status: 'void', reply_id: 'r1', note: '印发前作废' })
    expect(docNumberOf(db, 'r1')).toBeUndefined()
    expect(allocateDocNumber(db, '渌卫复', 2025, 'r2').n).toBe(2)
    expect(refusal(() => claimDocNumber(db, '渌卫复〔2025〕1号', 'r1')).message).toBe(
      '文号 渌卫复〔2025〕1号 已作废，不能再使用，请换一个文号。'
    )
    expect(voidDocNumber(db, '渌卫复', 2025, 5).status).toBe('void')
    expect(nextDocNumber(db, '渌卫复', 2025).n).toBe(6)
    db.close()
  })

  it('keeps the number when its reply is deleted, so it is not given out twice', () => {
    const db = openWithReplies(['r1', 'r2'])
    allocateDocNumber(db, '渌卫复', 2025, 'r1')
    db.prepare("DELETE FROM replies WHERE id = 'r1'").run()
    expect(refusal(() => claimDocNumber(db, '渌卫复〔2025〕1号', 'r2')).message).toBe(
      '文号 渌卫复〔2025〕1号 已被另一份答复使用，请换一个文号。'
    )
    db.close()
  })

  it('holds the write lock while allocating, so another connection waits', () => {
    const file = join(tempDir(), 'locked.db')
    const a = openWithReplies(['r1', 'r2'], file)
    const b = openDatabase(file)
    b.pragma('busy_timeout = 0')
    a.prepare('BEGIN IMMEDIATE').run()
    expect(() => allocateDocNumber(b, '渌卫复', 2025, 'r2')).toThrow(/locked|busy/i)
    a.prepare('ROLLBACK').run()
    expect(allocateDocNumber(b, '渌卫复', 2025, 'r2').n).toBe(1)
    a.close()
    b.close()
  })

  it('gives distinct consecutive numbers to allocations racing from several processes', async () => {
    const file = join(tempDir(), 'race.db')
    const ids = (p: number) => Array.from({ length: 150 }, (_, i) => `p${p}-${i}`)
    openWithReplies([...ids(0), ...ids(1), ...ids(2)], file).close()
    const worker = join(__dirname, 'allocate-worker.ts')
    const run = promisify(execFile)
    const startAt = String(Date.now() + 1500)
    const outputs = await Promise.all(
      [0, 1, 2].map((p) =>
        run(process.execPath, ['--import', 'tsx', worker, file, ids(p).join(','), startAt])
      )
    )
    const numbers = outputs.flatMap((o) => JSON.parse(o.stdout) as number[])
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1))
  })
})

describe('the register list', () => {
  it('names the reply and its 经办人 for each number, newest first, void numbers without a reply', () => {
    const db = openWithReplies(['a', 'b', 'c'])
    db.prepare("UPDATE replies SET fields_json = ? WHERE id = 'b'").run(
      JSON.stringify({ session: '区人大二届五次会议', item_number: '17', handler: '刘海茵' })
    )
    allocateDocNumber(db, '渌卫复', 2026, 'a')
    allocateDocNumber(db, '渌卫复', 2026, 'b')
    voidDocNumber(db, '渌卫复', 2026, 3, '错号')
    allocateDocNumber(db, '渌卫复', 2025, 'c')
    expect(
      registerLines(db, 2026).map((l) => [l.doc_number, l.status, l.reply_title, l.handler, l.note])
    ).toEqual([
      ['渌卫复〔2026〕3号', 'void', '', '', '错号'],
      ['渌卫复〔2026〕2号', 'allocated', '区人大二届五次会议第17号建议的答复', '刘海茵', ''],
      ['渌卫复〔2026〕1号', 'allocated', '第a份答复的标题', '', '']
    ])
    expect(registerLines(db).map((l) => l.year)).toEqual([2026, 2026, 2026, 2025])
  })

  it('lists a number its reply gave up as released, and gives it out again', () => {
    const db = openWithReplies(['a', 'b'])
    allocateDocNumber(db, '渌卫复', 2026, 'a')
    allocateDocNumber(db, '渌卫函', 2026, 'a')
    expect(registerLines(db, 2026).map((l) => [l.doc_number, l.status, l.reply_title])).toEqual([
      ['渌卫函〔2026〕1号', 'allocated', '第a份答复的标题'],
      ['渌卫复〔2026〕1号', 'released', '第a份答复的标题']
    ])
    expect(allocateDocNumber(db, '渌卫复', 2026, 'b').n).toBe(1)
    expect(registerLines(db, 2026).map((l) => [l.doc_number, l.status, l.reply_id])).toEqual([
      ['渌卫函〔2026〕1号', 'allocated', 'a'],
      ['渌卫复〔2026〕1号', 'allocated', 'b']
    ])
    claimDocNumber(db, '渌卫复〔2026〕5号', 'b')
    expect(reserveDocNumber(db, '渌卫复', 2026, 1).n).toBe(1)
    expect(docNumberOf(db, 'b')?.n).toBe(5)
  })
})
