import { LineRuleType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx'
import type { ComposedReply } from '../../domain/composed-reply'
import type { ElementStyle, LayoutProfile, PageGeometry } from '../../domain/layout'
import type { CommentSpan } from './comments'
import type { StyleId } from './style-ids'

export type BuildContext = {
  reply: ComposedReply
  layout: LayoutProfile
  geo: PageGeometry
  /** open review comments to write as Word comments; empty for a clean copy */
  comments: readonly CommentSpan[]
}

export type ParaOptions = Omit<IParagraphOptions, 'style' | 'children' | 'text'>

export function para(style: StyleId, children: ParagraphChild[], opts: ParaOptions = {}) {
  return new Paragraph({ style, children, ...opts })
}

/** Exact line height in twips, written as w:lineRule="exact". */
export function exactLine(line: number, after = 0, before = 0) {
  return { line, after, before, lineRule: LineRuleType.EXACT }
}

/** One empty line of the grid; keepNext ties it to what follows (the signature, the title). */
export function blankLines(style: StyleId, count: number, keepNext = false): Paragraph[] {
  return Array.from({ length: count }, () => para(style, [], keepNext ? { keepNext } : {}))
}

/** A character's width in twips at an element's size. */
export function charTwips(el: ElementStyle): number {
  return Math.round(el.sizePt * 20)
}

export function elementOf(ctx: BuildContext, name: keyof LayoutProfile['elements']) {
  return ctx.layout.elements[name]
}
