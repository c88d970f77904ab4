import { isOrganName } from './labels'
import { compact, stripBold, toAscii } from './text'

// The lines above the title: letterhead, 文号 and the class and 公开 marks, which bureaus write
// glued to the 文号 (岳卫字〔2024〕12号 A1类 同意公开, 渌卫复〔2025〕1号(A)类) or on lines of their own.

const DOC_NUMBER =
  /(?:(?![号的])\p{Script=Han}){1,8}\s*[〔［[【(（]\s*[0-9０-９]{4}\s*[〕］\]】)）]\s*第?\s*[0-9０-９]+\s*号/u
const CLASS_CODE = '[A-DＡ-Ｄ][0-9０-９]?|[甲乙丙丁]'
const CLASS_GLUED = new RegExp(`(?:^|[\\s号(（])[（(]?\\s*(${CLASS_CODE})\\s*[）)]?\\s*类`)
const CLASS_LABELLED = new RegExp(
  `(?:办理结果|答复类别|办复类别|类别|类型)[：:]\\s*[（(]?(${CLASS_CODE})`
)
const CLASS_ALONE = new RegExp(`^[（(]?\\s*(${CLASS_CODE})\\s*[）)]?\\s*类?$`)
const DISCLOSURE =
  /不同意公开|同意公开|不予公开|予以公开|依申请公开|主动公开|全文公开|摘要公开|部分公开|不公开/
const NOTE_DISCLOSURE =
  /^[（(](?:此件(.{2,8}?)|(主动公开|依申请公开|不予公开|予以公开|同意公开))[）)]$/

export type HeaderFields = {
  organ: string | null
  doc_number: string | null
  classification: string | null
  disclosure: string | null
  /** 签发人 */
  leader: string | null
}

const SIGNER = /签发人[：:]([\p{Script=Han}·]{2,4})/u
const MARK_LABEL = /^(?:签发人|公开属性|公开方式|办理结果|答复类别|办复类别|类别|类型)[：:]/
const DOC_NUMBER_FIRST = new RegExp(`^${DOC_NUMBER.source}`, 'u')
const DISCLOSURE_ALONE = new RegExp(`^(?:${DISCLOSURE.source})$`)

/** A line of header marks: 文号, class, 公开 or 签发人, wherever it stands before the salutation. */
export function isMarkLine(line: string): boolean {
  const c = compact(stripBold(line))
  return (
    c.length <= 60 &&
    (DOC_NUMBER_FIRST.test(c) ||
      MARK_LABEL.test(c) ||
      CLASS_ALONE.test(c) ||
      DISCLOSURE_ALONE.test(c) ||
      /^(?:[A-D][0-9]?|[甲乙丙丁])类(?:同意公开|予以公开|不予公开|主动公开)?$/.test(c))
  )
}

export function findDocNumber(line: string): string | null {
  const m = DOC_NUMBER.exec(stripBold(line))
  return m ? compact(m[0]).replace(/\s+/g, '') : null
}

function classification(line: string): string | null {
  const s = stripBold(line).replace(DOC_NUMBER, ' ').replace(DISCLOSURE, ' ').trim()
  const m = CLASS_LABELLED.exec(s) ?? CLASS_GLUED.exec(s) ?? CLASS_ALONE.exec(s)
  return m ? toAscii(m[1]!) : null
}

function organ(line: string): string | null {
  const s = compact(stripBold(line)).replace(/(?:文件|公函|函)$/, '')
  return isOrganName(s) ? s : null
}

function first<T>(lines: string[], read: (line: string) => T | null): T | null {
  for (const line of lines) {
    const value = read(line)
    if (value !== null) return value
  }
  return null
}

/** Reads the header lines (everything above the title except the title itself). */
export function readHeader(lines: string[]): HeaderFields {
  return {
    organ: first(lines, (l) => (findDocNumber(l) ? null : organ(l))),
    doc_number: first(lines, findDocNumber),
    classification: first(lines, classification),
    disclosure: first(lines, (l) => DISCLOSURE.exec(compact(l))?.[0] ?? null),
    leader: first(lines, (l) => SIGNER.exec(compact(stripBold(l)))?.[1] ?? null)
  }
}

/** A 附注 such as （此件主动公开） below the date. */
export function noteDisclosure(line: string): string | null {
  const m = NOTE_DISCLOSURE.exec(compact(line))
  return m ? (m[1] ?? m[2]!) : null
}
