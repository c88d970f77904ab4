// What one imported file may cost. A reply is a few pages: these bounds are far above any real one
// and far below what a hostile file (zip bomb, 20,000 pages sharing one stream, 40 MB of short
// lines, tags nested a million deep) needs to stall the importer or run it out of memory.

export const LIMITS = {
  /** decompressed bytes of one DOCX part */
  entryBytes: 32 * 1024 * 1024,
  /** decompressed bytes of all the parts read from one DOCX */
  totalBytes: 48 * 1024 * 1024,
  /** XML elements open at once */
  xmlDepth: 256,
  /** XML errors tolerated before the part is taken for noise */
  xmlErrors: 1000,
  pdfPages: 1000,
  characters: 2_000_000,
  lines: 100_000,
  /** wall-clock time of reading and parsing one file, in the import worker */
  fileMs: 12_000,
  /** the same for DOC/WPS/RTF, which LibreOffice converts first (its own timeout is shorter) */
  convertedFileMs: 150_000,
  /** the import worker's JavaScript heap */
  heapMb: 320
} as const

/** A file past one of the limits: it is skipped with 「文件过大或结构异常，已跳过」. */
export class TooComplex extends Error {
  constructor(what: string) {
    super(what)
    this.name = 'TooComplex'
  }
}

/** Text past the character or line bound is refused before anything slower looks at it. */
export function checkTextSize(text: string): void {
  if (text.length > LIMITS.characters) throw new TooComplex('characters')
  let lines = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > LIMITS.lines) throw new TooComplex('lines')
  }
}
