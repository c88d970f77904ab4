import type Database from 'better-sqlite3'

// The triggers of migration 3 called search_doc(), a JavaScript function only this app registers,
// so any other SQLite tool failed to write a reply, and every search first wrote the index. Now the
// triggers are plain SQL: they keep reply_docs' row (its id and status) and queue the reply; the
// app's write transaction fills the rest and the FTS entry before it commits (search-sync.ts), so
// a read-only connection searches an index that is already complete. A delete takes the reply out
// of the index at once (FTS5's contentless_delete), whoever makes it.

const MARK_PENDING = (ref: string) =>
  `INSERT OR IGNORE INTO search_pending (doc_id) SELECT doc_id FROM reply_docs WHERE reply_id = ${ref}.id;`

export function up(db: Database.Database): void {
  db.exec(`
    DROP TRIGGER replies_search_insert;
    DROP TRIGGER replies_search_update;
    DROP TRIGGER replies_search_delete;

    CREATE TRIGGER replies_search_insert AFTER INSERT ON replies BEGIN
      INSERT INTO reply_docs
        (reply_id, status, year, date, kind, classification, session, proposer, leader, title, head)
        VALUES (new.id, new.status, NULL, '', '', '', '', '', '', '', '');
      ${MARK_PENDING('new')}
    END;

    CREATE TRIGGER replies_search_update AFTER UPDATE OF status, fields_json, body_text ON replies
    WHEN old.status IS NOT new.status OR old.fields_json IS NOT new.fields_json
      OR old.body_text IS NOT new.body_text
    BEGIN
      UPDATE reply_docs SET status = new.status WHERE reply_id = new.id;
      ${MARK_PENDING('new')}
    END;

    CREATE TRIGGER replies_search_delete AFTER DELETE ON replies BEGIN
      DELETE FROM reply_fts WHERE rowid = (SELECT doc_id FROM reply_docs WHERE reply_id = old.id);
      DELETE FROM search_pending WHERE doc_id = (SELECT doc_id FROM reply_docs WHERE reply_id = old.id);
      DELETE FROM reply_docs WHERE reply_id = old.id;
    END;
  `)
}
