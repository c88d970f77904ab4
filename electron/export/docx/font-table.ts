import { FONT_FALLBACKS, type LayoutProfile } from '../../domain/layout'
import { escapeXml } from './styles'

// fontTable.xml names each font with the GB2312 character set and an altName that Word and WPS
// substitute when the official font is missing (仿宋_GB2312 → 仿宋), instead of a Latin default.
// Founder fonts are named, never embedded: their licence forbids redistribution.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function fontXml(name: string, latin: boolean): string {
  const alt = FONT_FALLBACKS[name]?.at(-1)
  return [
    `<w:font w:name="${escapeXml(name)}">`,
    alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '',
    `<w:charset w:val="${latin ? '00' : '86'}"/>`,
    `<w:family w:val="${latin ? 'roman' : 'modern'}"/>`,
    `<w:pitch w:val="${latin ? 'variable' : 'fixed'}"/>`,
    '</w:font>'
  ].join('')
}

export function fontTableXml(layout: LayoutProfile): string {
  const cjk = [...new Set(Object.values(layout.elements).map((e) => e.font))]
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:fonts xmlns:w="${W_NS}">`,
    ...cjk.filter((f) => f !== layout.latinFont).map((f) => fontXml(f, false)),
    fontXml(layout.latinFont, true),
    '</w:fonts>'
  ].join('')
}
