import type { HeadingLevel } from '../domain/body'
import { walkXml, type Attributes } from './xml-events'

// Heading levels and bold character styles from word/styles.xml. Word writes "heading 1" as the
// style name whatever the UI language (the id is "1" in Chinese Word, "Heading1" in English);
// custom styles reach a heading through basedOn or carry their own outline level.

export type DocxStyles = {
  headingLevel(styleId: string | undefined, outline: number | undefined): HeadingLevel | null
  isBold(styleId: string | undefined): boolean
}

type StyleInfo = { outline?: number; bold: boolean; basedOn?: string }

export function onOff(attrs: Attributes): boolean {
  const value = attrs['w:val']
  return value === undefined || !/^(?:0|false|off)$/.test(value)
}

function parseStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>()
  let current: (StyleInfo & { id?: string; name: string }) | null = null
  let inRunProps = false
  walkXml(xml, {
    open(name, attrs) {
      if (name === 'w:style') {
        current = { id: attrs['w:styleId'], name: '', bold: false }
        return
      }
      if (!current) return
      const value = attrs['w:val']
      if (name === 'w:name') current.name = value ?? ''
      else if (name === 'w:outlineLvl' && value && /^\d+$/.test(value))
        current.outline ??= Number(value)
      else if (name === 'w:basedOn') current.basedOn ??= value
      else if (name === 'w:rPr') inRunProps = true
      else if (name === 'w:b' && inRunProps) current.bold = onOff(attrs)
    },
    close(name) {
      if (name === 'w:rPr') inRunProps = false
      if (name !== 'w:style' || !current) return
      const fromName = /^(?:heading|标题)\s*([1-9])$/i.exec(current.name.trim())?.[1]
      if (current.id) {
        styles.set(current.id, {
          outline: fromName ? Number(fromName) - 1 : current.outline,
          bold: current.bold,
          basedOn: current.basedOn
        })
      }
      current = null
    },
    text() {}
  })
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
