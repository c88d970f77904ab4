import { isCcLine, readCc } from './cc'
import { dateOnly, findDate } from './dates'
import { noteDisclosure } from './header'
import { signatureOrgan } from './layout'
import { compact, stripBold } from './text'
import type { TailRole } from './types'

// The tail: 署名, date, contact block, 附注 and 抄送, in the order the bureau chose.

export type TailFields = {
  organ: string | null
  date: string | null
  disclosure: string | null
  cc: string[]
  /** the lines that can hold the contact block (everything but 抄送) */
  contactText: string
  lines: { text: string; role: TailRole }[]
}

function signatureDate(line: string): string | null {
  const c = compact(stripBold(line))
  if (/印发/.test(c)) return null
  const only = dateOnly(c)
  if (only) return only
  const found = findDate(c)
  return found && found.index + found.length === c.length && c.length - found.length <= 30
    ? found.iso
    : null
}

export function readTail(lines: string[], from: number): TailFields {
  const out: TailFields = {
    organ: null,
    date: null,
    disclosure: null,
    cc: [],
    contactText: '',
    lines: []
  }
  const contact: string[] = []
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (isCcLine(line)) {
      const cc = readCc(lines, i)
      out.cc.push(...cc.names.filter((n) => !out.cc.includes(n)))
      for (let k = i; k < cc.end; k++) out.lines.push({ text: lines[k]!, role: 'cc' })
      i = cc.end - 1
      continue
    }
    const date = signatureDate(line)
    const organ = signatureOrgan(lines, i)
    const note = noteDisclosure(line)
    out.date ??= date
    out.organ ??= organ
    out.disclosure ??= note
    if (!date && !organ && !note) contact.push(stripBold(line))
    const role =
      date && organ ? 'signature' : date ? 'date' : organ ? 'organ' : note ? 'note' : 'other'
    out.lines.push({ text: line, role })
  }
  out.contactText = contact.join('\n')
  return out
}
