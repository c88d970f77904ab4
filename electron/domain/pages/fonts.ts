import { cssFontStack, type LayoutProfile } from '../layout'
import type { LineFont } from './types'

// CSS font-family lists for the preview: the official name first, then what a reader falls back to.

export type PreviewFonts = Record<LineFont | 'pageNumber', string>

export function previewFonts(layout: LayoutProfile): PreviewFonts {
  const e = layout.elements
  const stack = (font: string) => cssFontStack(font)
  return {
    title: stack(e.title.font),
    body: stack(e.body.font),
    h1: stack(e.h1.font),
    h2: stack(e.h2.font),
    h3: stack(e.h3.font),
    h4: stack(e.h4.font),
    letterhead: stack(e.letterhead.font),
    cc: stack(e.cc.font),
    pageNumber: stack(e.pageNumber.font)
  }
}
