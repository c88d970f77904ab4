import { XML_FORBIDDEN } from '../xml-safe'

// A small XML reader for the parts of a DOCX: well-formed, no DTD, entities limited to the five
// predefined ones and character references. Enough to read WordprocessingML back.

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? all
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : ''
    if (!char || new RegExp(XML_FORBIDDEN.source).test(char)) throw forbidden(code)
    return char
  })
}

function forbidden(code: number): Error {
  const hex = code.toString(16).toUpperCase().padStart(4, '0')
  return new Error(`含有 XML 不允许的字符 U+${hex}，Word 和 WPS 打不开这样的文件`)
}

/** Well-formed and free of characters XML forbids (Word refuses the whole file for one). */
export function parseXml(xml: string): XmlElement {
  const bad = new RegExp(XML_FORBIDDEN.source).exec(xml)
  if (bad) throw forbidden(bad[0].codePointAt(0) ?? 0)
  const root: XmlElement = { name: '#document', attrs: {}, children: [] }
  const stack: XmlElement[] = [root]
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as XmlElement
    const [, cdata, closing, opening, attrText, selfClosing, text] = m
    if (cdata !== undefined) top.children.push(cdata)
    else if (closing !== undefined) {
      if (top.name !== closing)
        throw new Error(`XML 结构不完整：</${closing}> 与 <${top.name}> 不匹配`)
      stack.pop()
    } else if (opening !== undefined) {
      const attrs: Record<string, string> = {}
      for (const a of (attrText ?? '').matchAll(ATTR)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '')
      const el: XmlElement = { name: opening, attrs, children: [] }
      top.children.push(el)
      if (!selfClosing) stack.push(el)
    } else if (text !== undefined && stack.length > 1) top.children.push(decode(text))
  }
  const doc = root.children.find((c): c is XmlElement => typeof c !== 'string')
  if (!doc || stack.length !== 1) throw new Error('XML 结构不完整')
  return doc
}

export function elements(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) return []
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name)
  )
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name)
}

/** The first element down a path of child names. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((cur, n) => child(cur, n), el)
}

export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.name === name) out.push(c)
    descendants(c, name, out)
  }
  return out
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name]
}

export function numAttr(el: XmlElement | undefined, name: string): number | undefined {
  const v = el?.attrs[name]
  return v === undefined || v === '' ? undefined : Number(v)
}

/** On/off elements (w:b, w:keepNext): present and not switched off. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false
  const v = el.attrs['w:val']
  return v === undefined || !['0', 'false', 'off'].includes(v)
}
