import JSZip from 'jszip'
import { type XmlElement, attr, child, descendants, elements, parseXml, path } from './xml'

// A DOCX read back for checking: the parts, the body's paragraphs with their text, and property
// lookup through direct formatting, the style chain and the document defaults, as Word resolves it.

export type Para = {
  index: number
  el: XmlElement
  style: string
  text: string
  runs: XmlElement[]
  inTable: boolean
}

export type FooterKind = 'default' | 'even' | 'first'

export type DocxPackage = {
  body: XmlElement
  styles: XmlElement
  settings: XmlElement | undefined
  sectPr: XmlElement | undefined
  footers: Partial<Record<FooterKind, XmlElement>>
  paragraphs: Para[]
  /** document, styles and footers as text, for attribute scans */
  parts: { name: string; xml: string }[]
}

function runText(run: XmlElement): string {
  return run.children
    .map((c) => {
      if (typeof c === 'string') return ''
      if (c.name === 'w:t') return c.children.filter((t) => typeof t === 'string').join('')
      if (c.name === 'w:tab') return '\t'
      if (c.name === 'w:br') return '\n'
      return ''
    })
    .join('')
}

export function paragraphText(p: XmlElement): string {
  return descendants(p, 'w:r').map(runText).join('')
}

function collectParagraphs(body: XmlElement): Para[] {
  const out: Para[] = []
  const walk = (el: XmlElement, inTable: boolean) => {
    for (const c of elements(el)) {
      if (c.name === 'w:p') {
        out.push({
          index: out.length,
          el: c,
          style: attr(path(c, 'w:pPr', 'w:pStyle'), 'w:val') ?? 'Normal',
          text: paragraphText(c),
          runs: descendants(c, 'w:r'),
          inTable
        })
      } else if (c.name !== 'w:sectPr') walk(c, inTable || c.name === 'w:tbl')
    }
  }
  walk(body, false)
  return out
}

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async('string')
}

/** Every XML part, not only those the rules read: a bad character anywhere stops Word opening it. */
async function parseEveryPart(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/i.test(n))) {
    try {
      parseXml((await partText(zip, name)) ?? '')
    } catch (e) {
      throw new Error(`${name} ${e instanceof Error ? e.message : String(e)}`)
    }
  }
}

export async function readDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes)
  await parseEveryPart(zip)
  const documentXml = await partText(zip, 'word/document.xml')
  if (!documentXml) throw new Error('文件中没有 word/document.xml，不是有效的 DOCX 文档')
  const stylesXml = (await partText(zip, 'word/styles.xml')) ?? '<w:styles/>'
  const settingsXml = await partText(zip, 'word/settings.xml')
  const relsXml = (await partText(zip, 'word/_rels/document.xml.rels')) ?? '<Relationships/>'
  const body = path(parseXml(documentXml), 'w:body') ?? parseXml('<w:body/>')
  const sectPr = child(body, 'w:sectPr')
  const targets = new Map(
    elements(parseXml(relsXml), 'Relationship').map((r) => [attr(r, 'Id'), attr(r, 'Target')])
  )
  const footers: Partial<Record<FooterKind, XmlElement>> = {}
  const parts = [
    { name: 'word/document.xml', xml: documentXml },
    { name: 'word/styles.xml', xml: stylesXml }
  ]
  for (const ref of elements(sectPr, 'w:footerReference')) {
    const target = targets.get(attr(ref, 'r:id'))
    const xml = target ? await partText(zip, `word/${target.replace(/^\/?word\//, '')}`) : undefined
    if (!xml) continue
    footers[(attr(ref, 'w:type') ?? 'default') as FooterKind] = parseXml(xml)
    parts.push({ name: `word/${target}`, xml })
  }
  return {
    body,
    styles: parseXml(stylesXml),
    settings: settingsXml ? parseXml(settingsXml) : undefined,
    sectPr,
    footers,
    paragraphs: collectParagraphs(body),
    parts
  }
}

function styleById(doc: DocxPackage, id: string): XmlElement | undefined {
  return elements(doc.styles, 'w:style').find((s) => attr(s, 'w:styleId') === id)
}

/** The paragraph style and the styles it is based on, nearest first. */
export function styleChain(doc: DocxPackage, id: string): XmlElement[] {
  const chain: XmlElement[] = []
  let style = styleById(doc, id)
  while (style && !chain.includes(style)) {
    chain.push(style)
    const base = attr(child(style, 'w:basedOn'), 'w:val')
    style = base ? styleById(doc, base) : undefined
  }
  return chain
}

/** A property from the first of: direct formatting, the style chain, the document defaults. */
function resolved(
  doc: DocxPackage,
  p: Para,
  own: XmlElement | undefined,
  kind: 'p' | 'r',
  name: string
) {
  const props = `w:${kind}Pr`
  const sources = [
    own,
    ...styleChain(doc, p.style).map((s) => child(s, props)),
    path(doc.styles, 'w:docDefaults', `w:${kind}PrDefault`, props)
  ]
  for (const s of sources) {
    const found = child(s, name)
    if (found) return found
  }
  return undefined
}

export function paraProp(doc: DocxPackage, p: Para, name: string): XmlElement | undefined {
  return resolved(doc, p, child(p.el, 'w:pPr'), 'p', name)
}

export function runProp(doc: DocxPackage, p: Para, run: XmlElement, name: string) {
  return resolved(doc, p, child(run, 'w:rPr'), 'r', name)
}

/** Where a paragraph is, for messages: its number and opening words. */
export function whereOf(p: Para): string {
  const text = p.text.replace(/\s+/g, '')
  const head = text.length > 12 ? `${text.slice(0, 12)}…` : text
  return `第${p.index + 1}段${head ? `“${head}”` : '（空段）'}`
}
