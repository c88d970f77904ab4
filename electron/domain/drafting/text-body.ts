import type { Block, BodyDoc, Run } from '../body'
import { blockOf } from '../parse/body-blocks'

// A body typed or pasted as plain text keeps its structure: lines that are a 层次序数 heading
// (一、 （一） 1. （1）) become headings, and the ordinal is written the standard way, so
// (二) typed with half-width brackets comes out as （二）.

const CN = '[一二三四五六七八九十]{1,3}'

type Rule = [RegExp, (n: string) => string]

const CN_COMMA: Rule = [new RegExp(`^\\s*(${CN})\\s*[、．.]\\s*`), (n) => `${n}、`]
const CN_BRACKET: Rule = [new RegExp(`^\\s*[（(]\\s*(${CN})\\s*[）)]\\s*`), (n) => `（${n}）`]
const DIGIT_DOT: Rule = [/^\s*(\d{1,2})\s*[.．、](?!\d)\s*/, (n) => `${n}.`]
const DIGIT_BRACKET: Rule = [/^\s*[（(]\s*(\d{1,2})\s*[）)]\s*/, (n) => `（${n}）`]

function rewrite(text: string, rules: Rule[]): string {
  for (const [re, write] of rules) {
    const m = re.exec(text)
    if (m?.[1]) return write(m[1]) + text.slice(m[0].length)
  }
  return text
}

const headingOrdinal = (s: string) => rewrite(s, [CN_COMMA, CN_BRACKET, DIGIT_DOT, DIGIT_BRACKET])
// In running text only bracketed ordinals are rewritten: a leading 1. or 一、 may be something else.
const paragraphOrdinal = (s: string) => rewrite(s, [CN_BRACKET, DIGIT_BRACKET])

function withFirstRun(runs: Run[], fix: (s: string) => string): Run[] {
  const [first, ...rest] = runs
  return first ? [{ ...first, text: fix(first.text) }, ...rest] : runs
}

function standardBlock(block: Block): Block {
  if (block.type === 'heading') return { ...block, runs: withFirstRun(block.runs, headingOrdinal) }
  if (block.type === 'paragraph')
    return { ...block, runs: withFirstRun(block.runs, paragraphOrdinal) }
  return block
}

export function renderTextBody(text: string): BodyDoc {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  return {
    blocks: lines
      .filter((l) => l.replaceAll('**', '').trim())
      .map((l) => standardBlock(blockOf(l.trim())))
  }
}
