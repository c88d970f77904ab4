import type Database from 'better-sqlite3'

// The register of assigned items (办理台账). An item outlives its replies (a deleted draft only
// drops the link); contacts and the step log go with the item.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE items (
      id TEXT PRIMARY KEY,
      item_key TEXT NOT NULL UNIQUE,
      year INTEGER NOT NULL,
      session TEXT NOT NULL,
      kind TEXT NOT NULL,
      number TEXT NOT NULL,
      title TEXT NOT NULL,
      proposer TEXT NOT NULL DEFAULT '',
      co_signers_json TEXT NOT NULL DEFAULT '[]',
      assigned_date TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL,
      lead_unit TEXT NOT NULL DEFAULT '',
      co_units_json TEXT NOT NULL DEFAULT '[]',
      leader TEXT NOT NULL DEFAULT '',
      department TEXT NOT NULL DEFAULT '',
      handler TEXT NOT NULL DEFAULT '',
      due_override TEXT NOT NULL DEFAULT '',
      result_class TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      reply_doc_number TEXT NOT NULL DEFAULT '',
      reply_date TEXT NOT NULL DEFAULT '',
      satisfaction TEXT NOT NULL DEFAULT '',
      feedback_note TEXT NOT NULL DEFAULT '',
      round INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX items_year ON items(year, session);

    CREATE TABLE item_replies (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      reply_id TEXT NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (item_id, reply_id)
    ) STRICT;
    CREATE INDEX item_replies_reply ON item_replies(reply_id);

    CREATE TABLE item_contacts (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      stage TEXT NOT NULL,
      date TEXT NOT NULL,
      way TEXT NOT NULL,
      person TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX item_contacts_item ON item_contacts(item_id, date);

    CREATE TABLE item_events (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      action TEXT NOT NULL,
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX item_events_item ON item_events(item_id, created_at);

    -- How each bureau's 交办清单 columns map to item fields, remembered after an import.
    CREATE TABLE item_column_maps (
      bureau TEXT PRIMARY KEY,
      mapping_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `)
}
