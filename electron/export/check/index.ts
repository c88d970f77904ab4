import { readDocx } from './package'
import { FONT_RULES } from './rules-fonts'
import { footerRules } from './rules-footer'
import { formatRules } from './rules-format'
import { LAYOUT_RULES } from './rules-layout'
import { PAGE_RULES } from './rules-page'
import { TEXT_RULES } from './rules-text'
import type { Rule, Violation } from './types'

export type { Violation } from './types'

// Reads a DOCX back and lists every departure from GB/T 9704-2012 as this app lays replies out.
// An unreadable file is one violation rather than an exception, so callers can show it the same way.

const RULES: Rule[] = [
  ...PAGE_RULES,
  ...FONT_RULES,
  ...LAYOUT_RULES,
  ...TEXT_RULES,
  formatRules,
  footerRules
]

export async function checkDocx(bytes: Uint8Array): Promise<Violation[]> {
  let doc
  try {
    doc = await readDocx(bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [{ rule: 'file.unreadable', message: `无法读取该 DOCX 文件：${reason}` }]
  }
  return RULES.flatMap((rule) => rule(doc))
}
