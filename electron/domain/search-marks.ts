// What the archive's search and the screens that show its results agree on.

/** A search snippet wraps each hit in MARK_START … MARK_END for the screen to highlight. */
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/** Whitespace separates a query's words; quotes are dropped because every word is a phrase. */
export const QUERY_SEPARATORS = /[\s"“”'‘’]+/u
