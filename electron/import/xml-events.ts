import { SaxesParser } from 'saxes'
import { LIMITS, TooComplex } from './limits'

// DOCX parts through a streaming XML parser: one pass, linear in the input whatever the markup
// (unclosed tags, attributes that never end), with the nesting depth and the number of errors
// bounded. Errors are tolerated up to that bound, so a truncated part still gives its text.

export type Attributes = Record<string, string>

export type XmlVisitor = {
  open(name: string, attrs: Attributes, selfClosing: boolean): void
  close(name: string): void
  text(text: string): void
}

const CHUNK = 64 * 1024

export function walkXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser()
  let depth = 0
  let errors = 0
  parser.on('error', () => {
    if (++errors > LIMITS.xmlErrors) throw new TooComplex('xml errors')
  })
  parser.on('opentag', (tag) => {
    if (!tag.isSelfClosing && ++depth > LIMITS.xmlDepth) throw new TooComplex('xml depth')
    visitor.open(tag.name, tag.attributes as Attributes, tag.isSelfClosing)
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    depth--
    visitor.close(tag.name)
  })
  parser.on('text', (text) => visitor.text(text))
  parser.on('cdata', (text) => visitor.text(text))
  for (let at = 0; at < xml.length; at += CHUNK) parser.write(xml.slice(at, at + CHUNK))
  parser.close()
}
