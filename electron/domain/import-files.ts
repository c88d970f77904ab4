// Which files an import reads: the desktop's folder walk and the browser's upload pick the same.

export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([
  'docx',
  'docm',
  'doc',
  'wps',
  'rtf',
  'pdf',
  'txt',
  'text'
])

/** Word's lock files (~$答复.docx) and hidden files are not documents anyone meant to import. */
export function isNoise(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.')
}
