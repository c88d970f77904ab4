import type { HeadingLevel } from '../../domain/body'

// Heading levels and bold character styles from word/styles.xml. Word writes "heading 1" as the
// style name whatever the UI language (the id is "1" in Chinese Word, "Heading1" in English);
// custom styles reach a heading through basedOn or carry their own outline level.

export type DocxStyles = {
  headingLevel(styleId: string | undefined, outline: number | undefined): HeadingLevel | null
  isBold(styleId: string | undefined): boolean
}

type StyleInfo = { outline?: number; bold: boolean; basedOn?: string }

export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]
}

export function onOff(tag: string): boolean {
  const value = attr(tag, 'w:val')
  return value === undefined || !/^(?:0|false|off)$/.test(value)
}

function parseStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>()
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1]!, 'w:styleId')
    if (!id) continue
    const body = m[2]!
    const name = /<w:name\b[^>]*w:val="([^"]*)"/.exec(body)?.[1] ?? ''
    const fromName = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim())?.[1]
    const outline = /<w:outlineLvl\b[^>]*w:val="(\d+)"/.exec(body)?.[1]
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? ''
    const b = /<w:b\b[^>]*\/?>/.exec(rPr)
    styles.set(id, {
      outline: fromName
        ? Number(fromName) - 1
        : outline !== undefined
          ? Number(outline)
          : undefined,
      bold: b ? onOff(b[0]) : false,
      basedOn: /<w:basedOn\b[^>]*w:val="([^"]*)"/.exec(body)?.[1]
    })
  }
  return styles
}

function toLevel(outline: number | undefined): HeadingLevel | null {
  if (outline === undefined || outline < 0 || outline > 8) return null
  return Math.min(outline + 1, 4) as HeadingLevel
}

export function readStyles(xml: string | null): DocxStyles {
  const styles = xml ? parseStyles(xml) : new Map<string, StyleInfo>()
  const outlineOf = (id: string | undefined, depth = 0): number | undefined => {
    const style = id === undefined ? undefined : styles.get(id)
    if (!style || depth > 10) return undefined
    return style.outline ?? outlineOf(style.basedOn, depth + 1)
  }
  return {
    headingLevel: (styleId, outline) => toLevel(outline ?? outlineOf(styleId)),
    isBold: (styleId) => (styleId ? (styles.get(styleId)?.bold ?? false) : false)
  }
}
