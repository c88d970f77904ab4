import type { HeadingLevel } from '../body'
import { headingMarker } from '../heading-markers'
import { stripBold, visualWidth } from './text'

/** The 层次序数 level of a line (一、 （一） 1. （1）), half-width brackets included. */
export function headingLevel(line: string): HeadingLevel | null {
  return headingMarker(stripBold(line).trim())?.level ?? null
}

const SENTENCE_END = /[。！？!?；;]/
const RUN_IN_END = /[。！？!?；;：:]/

/**
 * A line that is a heading and nothing else. A numbered line that goes on after a full stop is a
 * paragraph with a run-in heading (一、加强城乡联动机制。每个县域…).
 */
export function isHeadingLine(line: string): boolean {
  if (headingLevel(line) === null) return false
  const s = stripBold(line).trim()
  const inner = s.replace(/[。；;：:]$/, '')
  return !SENTENCE_END.test(inner) && visualWidth(s) <= 40
}

/** The heading part of a numbered line: the whole line, or the run-in phrase before its first stop. */
export function headingText(line: string): string {
  const s = stripBold(line).trim()
  const end = s.search(RUN_IN_END)
  return (end === -1 ? s : s.slice(0, end)).trim()
}
