// Characters XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE, U+FFFF, unpaired
// surrogates). They reach a reply from pasted or imported text; a DOCX holding one does not open
// in LibreOffice or Word. They carry no meaning in a reply, so export drops them.

// Matching control characters is the point here.
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** The value with every string in it cleaned, for everything handed to the DOCX writer. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(XML_FORBIDDEN, '') as T
  if (Array.isArray(value)) return value.map(xmlSafe) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T
  }
  return value
}
