import type Database from 'better-sqlite3'
import { registerSearchFunctions } from '../search-index'

// Imported past replies are rows of `replies` with status 'archived': search, similar replies and
// "insert this paragraph" then treat drafts and the archive alike, and a finished draft joins the
// archive by changing its status. What only an import knows (source file, content hash, the
// parser's doubts) sits in archive_sources beside it.
//
// reply_docs gives each reply a stable integer id for FTS5 (a TEXT primary key's hidden rowid may
// change on VACUUM) plus the filter and display columns, so a search never parses fields_json.
// The triggers keep reply_docs in step with every write to replies, whichever repository makes
// it, inside that write's transaction, and queue the reply for reply_fts.

const DOC_COLUMNS =
  'status, year, date, kind, classification, session, proposer, leader, title, head'

/** reply_docs' columns taken from row `ref` of replies and `d`, that row's search_doc() JSON. */
function docValues(ref: string): string {
  const field = (name: string) => `json_extract(d, '$.${name}')`
  const fields = [
    'year',
    'date',
    'kind',
    'classification',
    'session',
    'proposer',
    'leader',
    'title',
    'head'
  ]
  return `${ref}.id, ${ref}.status, ${fields.map(field).join(', ')}`
}

function searchDoc(ref: string): string {
  return `search_doc(${ref}.fields_json, ${ref}.status, ${ref}.created_at,
    (SELECT year_hint FROM archive_sources WHERE reply_id = ${ref}.id))`
}

// Pending rather than written here: an FTS5 table flushes its buffered terms to a new segment at
// every savepoint, and a statement that fires triggers opens one, so indexing inside the trigger
// made each insert three times slower and fragmented the index (measured: 3.3 against 1.1 ms per
// reply). search-sync.ts writes the pending rows in one go, within the writer's own transaction
// for the archive's repositories and before any search reads the index.
const MARK_PENDING = (ref: string) =>
  `INSERT OR IGNORE INTO search_pending (doc_id) SELECT doc_id FROM reply_docs WHERE reply_id = ${ref}.id;`

export function up(db: Database.Database): void {
  registerSearchFunctions(db)
  db.exec(`
    CREATE TABLE imports (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,
      content_hash TEXT,
      status TEXT NOT NULL CHECK (status IN
        ('imported', 'duplicate', 'not-a-reply', 'failed', 'unsupported', 'cancelled')),
      reply_id TEXT REFERENCES replies(id) ON DELETE SET NULL,
      message TEXT NOT NULL DEFAULT '',
      uncertain_json TEXT NOT NULL DEFAULT '[]',
      imported_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX imports_time ON imports(imported_at DESC);
    CREATE INDEX imports_reply ON imports(reply_id);

    -- The FK is deferred so an import can write its source row before the reply: the reply's
    -- insert trigger then already sees year_hint.
    CREATE TABLE archive_sources (
      reply_id TEXT PRIMARY KEY
        REFERENCES replies(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
      source_path TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE,
      year_hint INTEGER,
      parsed_json TEXT NOT NULL,
      uncertain_json TEXT NOT NULL DEFAULT '[]',
      confirmed_at TEXT
    ) STRICT;

    CREATE TABLE people (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('proposer', 'leader', 'handler')),
      organ TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      last_seen TEXT NOT NULL,
      last_reply_id TEXT REFERENCES replies(id) ON DELETE SET NULL,
      UNIQUE (name, role, organ)
    ) STRICT;
    CREATE INDEX people_reply ON people(last_reply_id);

    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      body TEXT NOT NULL CHECK (body IN ('人大', '政协')),
      year INTEGER,
      last_seen TEXT NOT NULL
    ) STRICT;

    CREATE TABLE reply_docs (
      doc_id INTEGER PRIMARY KEY,
      reply_id TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL,
      year INTEGER,
      date TEXT NOT NULL,
      kind TEXT NOT NULL,
      classification TEXT NOT NULL,
      session TEXT NOT NULL,
      proposer TEXT NOT NULL,
      leader TEXT NOT NULL,
      title TEXT NOT NULL,
      head TEXT NOT NULL
    ) STRICT;
    CREATE INDEX reply_docs_proposer ON reply_docs(proposer);
    CREATE INDEX reply_docs_kind_date ON reply_docs(kind, date);

    -- Docs whose reply_fts entry is missing or stale; a doc_id without a reply_docs row was deleted.
    CREATE TABLE search_pending (doc_id INTEGER PRIMARY KEY) STRICT;

    -- Contentless: the text lives in replies; snippets are cut from there (see snippet.ts).
    CREATE VIRTUAL TABLE reply_fts USING fts5(
      head, body, facets,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
    );

    CREATE TRIGGER replies_search_insert AFTER INSERT ON replies BEGIN
      INSERT INTO reply_docs (reply_id, ${DOC_COLUMNS})
        SELECT ${docValues('new')} FROM (SELECT ${searchDoc('new')} AS d);
      ${MARK_PENDING('new')}
    END;

    CREATE TRIGGER replies_search_update AFTER UPDATE OF status, fields_json, body_text ON replies
    WHEN old.status IS NOT new.status OR old.fields_json IS NOT new.fields_json
      OR old.body_text IS NOT new.body_text
    BEGIN
      UPDATE reply_docs SET (reply_id, ${DOC_COLUMNS}) =
        (SELECT ${docValues('new')} FROM (SELECT ${searchDoc('new')} AS d))
      WHERE reply_id = new.id;
      ${MARK_PENDING('new')}
    END;

    CREATE TRIGGER replies_search_delete AFTER DELETE ON replies BEGIN
      ${MARK_PENDING('old')}
      DELETE FROM reply_docs WHERE reply_id = old.id;
    END;
  `)
  // Drafts written before this version join the index (written by the first search), oldest first.
  db.exec(`
    INSERT INTO reply_docs (reply_id, ${DOC_COLUMNS})
      SELECT ${docValues('r')} FROM (SELECT *, ${searchDoc('replies')} AS d FROM replies) r
      ORDER BY r.created_at;
    INSERT INTO search_pending (doc_id) SELECT doc_id FROM reply_docs;
  `)
}
