import { parseReply, textWithBoldMarks, type ParsedReply } from '../domain/parse'
import { contentHash } from './archive-fields'
import { readDocumentBytes, readDocumentFile } from './read-document'
import type { ReadFailure } from './read-result'

// The slow, input-driven half of importing one file: read the bytes, understand the text, hash the
// words. It runs in the import worker; the archive write stays with the caller.

/** A file by path (its type from `fileName` when given, else from the path), or its bytes. */
export type ReadJob = { path: string; fileName?: string } | { fileName: string; bytes: Uint8Array }

export type ReadOutcome = { ok: true; parsed: ParsedReply; hash: string } | ReadFailure

export async function readAndParse(job: ReadJob): Promise<ReadOutcome> {
  const read =
    'path' in job
      ? await readDocumentFile(job.path, job.fileName)
      : await readDocumentBytes(job.bytes, job.fileName)
  if (!read.ok) return read
  // Bold runs mark run-in headings (一是…。) for the parser, as `cli parse` does.
  const parsed = parseReply(read.blocks ? textWithBoldMarks(read.blocks) : read.text)
  return { ok: true, parsed, hash: contentHash(parsed.text || read.text) }
}
