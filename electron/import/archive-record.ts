import { randomUUID } from 'node:crypto'
import { basename, extname } from 'node:path'
import { bodyText } from '../domain/body'
import { proposerOf } from '../domain/drafting/proposer'
import { editorStateFromBody } from '../domain/lexical-body'
import type { ParsedReply } from '../domain/parse'
import { sessionBody } from '../domain/session'
import type { NewArchivedReply, PersonSeen } from '../store/archive-repo'
import { replyYear } from '../store/search-index'
import { replyFieldsFrom, uncertainFields, yearFromPath } from './archive-fields'

/** Everything one imported file adds to the archive, ready for one transaction. */
export function archivedReply(
  path: string,
  parsed: ParsedReply,
  hash: string,
  now: string
): NewArchivedReply {
  const fields = replyFieldsFrom(parsed.fields)
  const uncertain = uncertainFields(parsed.fields, parsed.uncertain)
  if (!parsed.is_reply) {
    // Imported on the user's word: the file name is the best title we have, and nothing is sure.
    fields.title ||= basename(path, extname(path))
    uncertain.push('kind', 'title')
  }
  const doubts = JSON.stringify([...new Set(uncertain)])
  const yearHint = yearFromPath(path)
  const year = replyYear(fields, 'archived', now, yearHint)
  const id = randomUUID()
  const people: PersonSeen[] = [
    { name: proposerOf(fields).name, role: 'proposer', organ: '', phone: '' },
    { name: fields.leader, role: 'leader', organ: fields.organ, phone: fields.leader_phone },
    { name: fields.handler, role: 'handler', organ: fields.organ, phone: fields.handler_phone }
  ]
  return {
    reply: {
      id,
      status: 'archived',
      fields_json: JSON.stringify(fields),
      body_json: JSON.stringify(editorStateFromBody(parsed.body)),
      body_text: bodyText(parsed.body),
      template_id: '',
      created_at: now
    },
    source: {
      source_path: path,
      content_hash: hash,
      year_hint: yearHint,
      parsed_json: JSON.stringify(parsed.fields),
      uncertain_json: doubts
    },
    import: { path, status: 'imported', message: '', uncertain_json: doubts, imported_at: now },
    people,
    session: fields.session
      ? {
          name: fields.session,
          body: sessionBody(fields.session, fields.session_info, fields.kind),
          year
        }
      : null,
    // Undated replies sort before every dated one, so they never override a newer phone number.
    seen: fields.date || (year ? `${year}-01-01` : '0000-00-00')
  }
}
