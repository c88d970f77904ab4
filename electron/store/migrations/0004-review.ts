import type Database from 'better-sqlite3'

// Review and sign-off. The audit log has no foreign key on purpose: it must outlive a deleted
// reply, so it keeps the reply's title with every entry.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE review_versions (
      id TEXT PRIMARY KEY,
      reply_id TEXT NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      reason TEXT NOT NULL,
      status TEXT NOT NULL,
      revision INTEGER NOT NULL,
      fields_json TEXT NOT NULL,
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL,
      template_id TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      actor TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (reply_id, number)
    ) STRICT;

    CREATE TABLE review_comments (
      id TEXT PRIMARY KEY,
      reply_id TEXT NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES review_comments(id) ON DELETE CASCADE,
      author TEXT NOT NULL,
      text TEXT NOT NULL,
      quote TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT
    ) STRICT;
    CREATE INDEX review_comments_reply ON review_comments(reply_id, created_at);

    CREATE TABLE review_audit (
      id TEXT PRIMARY KEY,
      reply_id TEXT,
      reply_title TEXT NOT NULL DEFAULT '',
      event TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      actor TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      detail TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_audit_reply ON review_audit(reply_id, created_at);
    CREATE INDEX review_audit_time ON review_audit(created_at);

    CREATE TABLE review_people (
      name TEXT PRIMARY KEY,
      pin_salt TEXT NOT NULL,
      pin_hash TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- The content hash both sides of a package exchange last held: tells their edits from ours.
    CREATE TABLE review_sync (
      reply_id TEXT PRIMARY KEY REFERENCES replies(id) ON DELETE CASCADE,
      base_hash TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `)
}
