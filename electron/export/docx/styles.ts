import type { ElementStyle, LayoutProfile, PageGeometry } from '../../domain/layout'
import { STYLE, STYLE_SPECS, type StyleSpec } from './style-ids'

// styles.xml written whole (docx's externalStyles) rather than docx's defaults: no theme fonts, no
// blue Word headings, and paragraph-level snapToGrid, which docx's paragraph options lack.
// Element order inside pPr/rPr follows the schema; Word rejects files that reorder them.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`)
}

/** rFonts with the East Asian slot named and the hint that sends shared punctuation to it. */
export function rFontsXml(eastAsia: string, latin: string): string {
  const ea = escapeXml(eastAsia)
  const la = escapeXml(latin)
  return `<w:rFonts w:ascii="${la}" w:eastAsia="${ea}" w:hAnsi="${la}" w:cs="${la}" w:hint="eastAsia"/>`
}

/** Body-size text is condensed to the 28-character measure; other sizes keep natural widths. */
function runPropsXml(
  el: ElementStyle,
  layout: LayoutProfile,
  geo: PageGeometry,
  latin: string,
  red?: string
) {
  const sz = Math.round(el.sizePt * 2)
  const condensed = el.sizePt === layout.elements.body.sizePt && geo.charSpacing !== 0
  return [
    '<w:rPr>',
    rFontsXml(el.font, latin),
    el.bold ? '<w:b/><w:bCs/>' : '',
    red ? `<w:color w:val="${red}"/>` : '',
    condensed ? `<w:spacing w:val="${geo.charSpacing}"/>` : '',
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`,
    '</w:rPr>'
  ].join('')
}

function styleXml(spec: StyleSpec, layout: LayoutProfile, geo: PageGeometry): string {
  const el = layout.elements[spec.element]
  const latin = spec.element === 'pageNumber' ? el.font : layout.latinFont
  const firstLine = spec.firstLineChars
    ? `<w:ind w:firstLine="${Math.round(spec.firstLineChars * el.sizePt * 20)}" w:firstLineChars="${spec.firstLineChars * 100}"/>`
    : ''
  const ppr = [
    '<w:pPr>',
    spec.keepNext ? '<w:keepNext/>' : '',
    spec.keepLines ? '<w:keepLines/>' : '',
    spec.grid ? '' : '<w:snapToGrid w:val="0"/>',
    `<w:spacing w:before="0" w:after="0" w:line="${geo.linePitch}" w:lineRule="exact"/>`,
    firstLine,
    spec.align ? `<w:jc w:val="${spec.align}"/>` : '',
    spec.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${spec.outlineLevel}"/>`,
    '</w:pPr>'
  ].join('')
  return [
    `<w:style w:type="paragraph" w:customStyle="${spec.id.startsWith('Gw') ? 1 : 0}" w:styleId="${spec.id}">`,
    `<w:name w:val="${escapeXml(spec.name)}"/>`,
    `<w:basedOn w:val="${STYLE.normal}"/>`,
    `<w:next w:val="${spec.id === STYLE.body ? STYLE.body : STYLE.normal}"/>`,
    '<w:qFormat/>',
    ppr,
    runPropsXml(el, layout, geo, latin, spec.red ? layout.red : undefined),
    '</w:style>'
  ].join('')
}

export function stylesXml(layout: LayoutProfile, geo: PageGeometry): string {
  const body = layout.elements.body
  const sz = Math.round(body.sizePt * 2)
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<w:styles xmlns:w="${W_NS}">`,
    '<w:docDefaults><w:rPrDefault><w:rPr>',
    rFontsXml(body.font, layout.latinFont),
    `<w:kern w:val="2"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`,
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>',
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>',
    `<w:spacing w:before="0" w:after="0" w:line="${geo.linePitch}" w:lineRule="exact"/>`,
    '</w:pPr></w:pPrDefault></w:docDefaults>',
    `<w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.normal}">`,
    '<w:name w:val="Normal"/><w:qFormat/><w:pPr>',
    // punctuation never hangs past the margin, so the line breaks domain/pages computes are the
    // ones every reader makes; the space between Chinese and Latin text stays on, since
    // LibreOffice adds it whatever the file says (it ignores autoSpaceDE/DN)
    '<w:widowControl w:val="0"/>',
    `<w:spacing w:before="0" w:after="0" w:line="${geo.linePitch}" w:lineRule="exact"/>`,
    '<w:jc w:val="both"/></w:pPr>',
    runPropsXml(body, layout, geo, layout.latinFont),
    '</w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">',
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>',
    '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>',
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>',
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>',
    '</w:tblCellMar></w:tblPr></w:style>',
    ...STYLE_SPECS.map((spec) => styleXml(spec, layout, geo)),
    '</w:styles>'
  ].join('')
}
