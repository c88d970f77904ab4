import { at, replace, type Rule } from '../rule'

// 抄送 (GB/T 9704-2012 §7.4.2): the names are separated by commas and end with a full stop.

const WRONG_END = '，,；;、.：:'

export const ccPunctuation: Rule = {
  id: 'cc-punctuation',
  title: '抄送末尾标点',
  severity: 'warning',
  check(doc) {
    const last = doc.cc[doc.cc.length - 1]
    if (!last || last.text.endsWith('。') || /^抄\s*送\s*[：:]$/.test(last.text)) return []
    const end = last.end
    const ch = doc.text[end - 1]!
    const fix = WRONG_END.includes(ch) ? replace(end - 1, end, '。') : replace(end, end, '。')
    return [
      at(ccPunctuation, doc, last.start, end, '抄送的最后一个机关名称之后应加句号“。”。', fix)
    ]
  }
}
