import { isResidueSpace } from '../chars'
import { headingMarker, markerFor, standardMarker } from '../../heading-markers'
import { chineseNumber } from '../../numerals'
import { at, type Rule } from '../rule'
import type { Finding, Fix } from '../types'

// 层次序数 一、（一）1.（1） (GB/T 9704-2012 §7.3.3): each level counts on without gaps, a level
// opens only under the one above it, and the brackets are full-width. Numbering that restarts at
// 1 is accepted, because its parent heading may be one the extraction garbled.

type Marker = { level: 1 | 2 | 3 | 4; n: number; end: number; standard: string; written: string }

const NAMES = ['', '一、', '（一）', '1.', '（1）']

function marker(line: string): Marker | null {
  const found = headingMarker(line)
  if (!found) return null
  const { level, numeral, written } = found
  const n = level <= 2 ? chineseNumber(numeral) : Number(numeral)
  if (n === null) return null
  // 1、 for 1. is tolerated: only the Chinese stop and the brackets are checked
  const standard = level === 3 ? '' : standardMarker(level, numeral)
  return { level, n, end: written.length, standard, written }
}

export const headingSequence: Rule = {
  id: 'heading-sequence',
  title: '标题层次序数',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    const last = [0, 0, 0, 0, 0]
    for (const p of doc.body) {
      const m = marker(p.text)
      if (!m) continue
      const start = p.start
      const report = (message: string, fix?: Fix) =>
        out.push(at(headingSequence, doc, start, start + m.end, message, fix))
      if (m.standard && m.written !== m.standard) {
        let end = start + m.end
        while (end < p.end && isResidueSpace(doc.text[end])) end++
        report(
          m.level === 1
            ? `标题序号后应使用顿号，写作“${m.standard}”。`
            : `标题序号应使用全角括号，写作“${m.standard}”。`,
          [{ start, end, replacement: m.standard }]
        )
      }
      const parent = last[m.level - 1]!
      const above = last.slice(1, m.level - 1).some((n) => n > 0)
      if (m.level > 1 && parent === 0 && above && last[m.level] === 0) {
        report(
          `层次跳级：“${m.written.trim()}”上面缺少“${NAMES[m.level - 1]}”一级，标题应依次使用一、（一）1.（1）。`
        )
      }
      const expected = last[m.level]! + 1
      if (m.n !== expected && m.n !== 1) {
        report(
          m.n === last[m.level]
            ? `序号重复：上一个同级标题已是“${markerFor(m.level, m.n)}”，此处应为“${markerFor(m.level, expected)}”。`
            : `序号不连续：上一个同级标题是“${markerFor(m.level, expected - 1)}”，此处应为“${markerFor(m.level, expected)}”。`
        )
      }
      last[m.level] = m.n
      for (let k = m.level + 1; k < last.length; k++) last[k] = 0
    }
    return out
  }
}
