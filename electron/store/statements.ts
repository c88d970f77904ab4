import type Database from 'better-sqlite3'
import type { ReadDb } from './db'

// better-sqlite3 compiles SQL on every prepare(); the archive's hot paths (bulk import, search as
// you type) reuse the compiled statement per connection instead.
const cache = new WeakMap<ReadDb, Map<string, Database.Statement>>()

export function statement(db: ReadDb, sql: string): Database.Statement {
  let statements = cache.get(db)
  if (!statements) {
    statements = new Map()
    cache.set(db, statements)
  }
  let prepared = statements.get(sql)
  if (!prepared) {
    prepared = db.prepare(sql)
    statements.set(sql, prepared)
  }
  return prepared
}
