import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun } from 'docx'
import type { ICommentOptions, ParagraphChild } from 'docx'
import { blockText, bodyText, runsText, type BodyDoc, type Run } from '../../domain/body'

// Open review comments as Word comments, for leaders who read the reply in WPS or Word. A comment
// is anchored to the (occurrence)-th appearance of its quote in the composed body; one whose text
// is gone is pinned to the start of the body with the old words quoted, so no remark is dropped.

export type DocxComment = {
  author: string
  /** ISO date-time */
  date: string
  text: string
  quote: string
  occurrence: number
}

/** Where each comment sits in bodyText(body): start and end offsets, end exclusive. */
export type CommentSpan = { id: number; start: number; end: number }

/** Start and end of a comment whose words are gone: it sits at the start of the main text. */
export const PINNED = -1

export type CommentPlan = { spans: CommentSpan[]; options: ICommentOptions[] }

function nthIndex(text: string, quote: string, n: number): number {
  let at = -1
  for (let i = 0; i <= n; i++) {
    const next = text.indexOf(quote, at + 1)
    if (next < 0) return i === 0 ? -1 : at
    at = next
  }
  return at
}

/**
 * The body text ranges that become Word paragraphs (paragraphs, headings, list items); a comment
 * that starts or ends inside a table is pinned instead.
 */
function paragraphRanges(body: BodyDoc): [number, number][] {
  const ranges: [number, number][] = []
  let at = 0
  for (const block of body.blocks) {
    if (block.type === 'list') {
      for (const item of block.items) {
        ranges.push([at, at + runsText(item).length])
        at += runsText(item).length + 1
      }
      continue
    }
    const length = blockText(block).length
    if (block.type !== 'table') ranges.push([at, at + length])
    at += length + 1
  }
  return ranges
}

export function planComments(body: BodyDoc, comments: readonly DocxComment[]): CommentPlan {
  const text = bodyText(body)
  const ranges = paragraphRanges(body)
  const spans: CommentSpan[] = []
  const options = comments.map((c, id): ICommentOptions => {
    const at = c.quote ? nthIndex(text, c.quote, c.occurrence) : -1
    const end = at + c.quote.length
    const placed =
      at >= 0 &&
      ranges.some(([from, to]) => from <= at && at < to) &&
      ranges.some(([from, to]) => from < end && end <= to)
    spans.push(placed ? { id, start: at, end } : { id, start: PINNED, end: PINNED })
    const note = !placed && c.quote ? `（批注所指文字已改动：“${c.quote}”）\n` : ''
    const lines = `${note}${c.text}`
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun(line)] }))
    return {
      id,
      author: c.author,
      initials: c.author.slice(0, 2),
      date: new Date(c.date),
      children: lines
    }
  })
  return { spans, options }
}

export type Marker = { at: number; order: number; child: ParagraphChild[] }

/**
 * The markers that fall in the piece of body text [from, from + length), at positions relative to
 * the piece, in order: a range that ends where another starts closes first.
 */
export function markersIn(spans: readonly CommentSpan[], from: number, length: number): Marker[] {
  const markers: Marker[] = []
  for (const s of spans) {
    if (s.start === PINNED) continue
    if (s.start >= from && s.start < from + length) {
      markers.push({ at: s.start - from, order: 1, child: [new CommentRangeStart(s.id)] })
    }
    if (s.end > from && s.end <= from + length) {
      markers.push({ at: s.end - from, order: 0, child: rangeEnd(s.id) })
    }
  }
  return markers.sort((a, b) => a.at - b.at || a.order - b.order)
}

/** Markers for the pinned comments, placed at the very start of the first paragraph. */
export function pinnedMarkers(spans: readonly CommentSpan[]): ParagraphChild[] {
  return spans
    .filter((s) => s.start === PINNED)
    .flatMap((s) => [new CommentRangeStart(s.id), ...rangeEnd(s.id)])
}

function rangeEnd(id: number): ParagraphChild[] {
  return [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]
}

function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = []
  let at = 0
  for (const run of runs) {
    const end = at + run.text.length
    const text = run.text.slice(Math.max(0, from - at), Math.max(0, to - at))
    if (text && end > from && at < to) out.push({ ...run, text })
    at = end
  }
  return out
}

/** The runs of one piece as paragraph children, with the comment markers between them. */
export function withMarkers(
  runs: readonly Run[],
  markers: readonly Marker[],
  build: (runs: readonly Run[]) => ParagraphChild[]
): ParagraphChild[] {
  if (markers.length === 0) return build(runs)
  const children: ParagraphChild[] = []
  let at = 0
  for (const marker of markers) {
    if (marker.at > at) children.push(...build(sliceRuns(runs, at, marker.at)))
    children.push(...marker.child)
    at = Math.max(at, marker.at)
  }
  children.push(...build(sliceRuns(runs, at, Infinity)))
  return children
}
