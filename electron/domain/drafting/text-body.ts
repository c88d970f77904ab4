import type { Block, BodyDoc, HeadingLevel, Run } from '../body'
import { headingMarker, standardMarker } from '../heading-markers'
import { blockOf } from '../parse/body-blocks'

// A body typed or pasted as plain text keeps its structure: lines that are a 层次序数 heading
// (一、 （一） 1. （1）) become headings, and the ordinal is written the standard way, so
// (二) typed with half-width brackets comes out as （二）.

/** The marker at the start written the standard way, the spaces around it dropped. */
function rewrite(text: string, levels: readonly HeadingLevel[]): string {
  const rest = text.trimStart()
  const marker = headingMarker(rest)
  if (!marker || !levels.includes(marker.level)) return text
  return (
    standardMarker(marker.level, marker.numeral) + rest.slice(marker.written.length).trimStart()
  )
}

const headingOrdinal = (s: string) => rewrite(s, [1, 2, 3, 4])
// In running text only bracketed ordinals are rewritten: a leading 1. or 一、 may be something else.
const paragraphOrdinal = (s: string) => rewrite(s, [2, 4])

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
