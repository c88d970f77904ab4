import type { BodyDoc } from '../body'
import { simplifiedShadow } from '../traditional'
import type { ParsedReply } from './types'

// A traditional-character copy is parsed on its simplified shadow (one character for one), so the
// structural words match; every value is then taken back from the original text at the same place.

const MIN_TRADITIONAL = 3

export function shadowOf(text: string): string | null {
  const shadow = simplifiedShadow(text)
  let differ = 0
  for (let i = 0; i < text.length && differ < MIN_TRADITIONAL; i++) {
    if (text[i] !== shadow[i]) differ++
  }
  return differ >= MIN_TRADITIONAL ? shadow : null
}

function withoutSpace(s: string): string {
  return s.replace(/\s+/g, '')
}

function restorer(original: string, shadow: string): (s: string) => string {
  const from = withoutSpace(shadow)
  const to = withoutSpace(original)
  return (s) => {
    const key = withoutSpace(s)
    const at = key ? from.indexOf(key) : -1
    if (at === -1) return s
    const chars = [...to.slice(at, at + key.length)]
    let k = 0
    return [...s].map((c) => (/\s/.test(c) ? c : (chars[k++] ?? c))).join('')
  }
}

function restoreBody(body: BodyDoc, back: (s: string) => string): BodyDoc {
  return {
    blocks: body.blocks.map((b) =>
      'runs' in b ? { ...b, runs: b.runs.map((r) => ({ ...r, text: back(r.text) })) } : b
    )
  }
}

/** The parse of the shadow with its text values taken from the original. */
export function restoreOriginal(
  parsed: ParsedReply,
  original: string,
  shadow: string
): ParsedReply {
  const back = restorer(original, shadow)
  const fields = { ...parsed.fields }
  for (const key of ['organ', 'doc_number', 'session', 'proposer', 'subject', 'title'] as const) {
    const value = fields[key]
    if (value) fields[key] = back(value)
  }
  for (const key of ['leader', 'handler', 'disclosure'] as const) {
    const value = fields[key]
    if (value) fields[key] = back(value)
  }
  fields.cc = fields.cc.map(back)
  fields.section_headings = fields.section_headings.map(back)
  const { parts } = parsed
  return {
    ...parsed,
    fields,
    body: restoreBody(parsed.body, back),
    parts: {
      furniture: parts.furniture.map(back),
      header: parts.header.map(back),
      title: parts.title.map(back),
      marks: parts.marks.map(back),
      salutation: parts.salutation && back(parts.salutation),
      tail: parts.tail.map((l) => ({ ...l, text: back(l.text) }))
    },
    text: parsed.text.split('\n').map(back).join('\n')
  }
}
