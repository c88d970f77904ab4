import JSZip from 'jszip'

/** The XML parts of a DOCX by path. */
export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const out: Record<string, string> = {}
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels'))
      out[name] = await zip.file(name)!.async('string')
  }
  return out
}

/** Rewrites one part, for building deliberately broken documents. */
export async function withPart(
  bytes: Uint8Array,
  name: string,
  edit: (xml: string) => string
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file(name)!.async('string')
  const edited = edit(xml)
  if (edited === xml) throw new Error(`编辑没有改变 ${name}`)
  zip.file(name, edited)
  return zip.generateAsync({ type: 'uint8array' })
}

/** The w:p elements of a part whose style is the given id. */
export function paragraphsOfStyle(xml: string, styleId: string): string[] {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).filter((p) =>
    p.includes(`<w:pStyle w:val="${styleId}"/>`)
  )
}
