import { isNoise, SUPPORTED_EXTENSIONS } from '../../../../electron/domain/import-files'

// Choosing what to upload: the same files the desktop import would take from a folder, sent in
// batches that stay under the local host's request size. Other files are reported as 不支持 unread.

export const ACCEPT = [...SUPPORTED_EXTENSIONS].map((e) => `.${e}`).join(',')

export const MAX_FILE_BYTES = 50 * 1024 * 1024
// Base64 adds a third: 40 MB of files is about 54 MB of request, under the host's 80 MB.
const MAX_BATCH_BYTES = 40 * 1024 * 1024
const MAX_BATCH_FILES = 200
const MAX_NAME = 255

export type PickedFile = { name: string; size: number; webkitRelativePath?: string }

export type Upload<F extends PickedFile> = {
  file: F
  /** what the archive records as the file's path: relative to the chosen folder when there is one */
  name: string
  /** false: not a document type the archive reads, so only its name is sent */
  send: boolean
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** A file inside a hidden folder is skipped too, as the desktop's walk never enters one. */
function isNoisePath(path: string): boolean {
  return path.split('/').some(isNoise)
}

function extensionOf(name: string): string {
  const base = baseName(name)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function uploadName(file: PickedFile): string {
  const path = file.webkitRelativePath || file.name
  return path.length <= MAX_NAME ? path : `…${path.slice(-(MAX_NAME - 1))}`
}

/** The chosen files in a stable order, noise dropped. */
export function uploadsFor<F extends PickedFile>(files: readonly F[]): Upload<F>[] {
  return files
    .map((file) => ({ file, name: uploadName(file) }))
    .filter((u) => !isNoisePath(u.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((u) => ({ ...u, send: SUPPORTED_EXTENSIONS.has(extensionOf(u.name)) }))
}

/** Consecutive batches of at most 200 files and 40 MB; a file too large to send is left out. */
export function batchesOf<F extends PickedFile>(uploads: readonly Upload<F>[]): Upload<F>[][] {
  const batches: Upload<F>[][] = []
  let batch: Upload<F>[] = []
  let bytes = 0
  for (const upload of uploads) {
    const size = upload.send ? upload.file.size : 0
    if (size > MAX_FILE_BYTES) continue
    if (batch.length === MAX_BATCH_FILES || (batch.length > 0 && bytes + size > MAX_BATCH_BYTES)) {
      batches.push(batch)
      batch = []
      bytes = 0
    }
    batch.push(upload)
    bytes += size
  }
  if (batch.length) batches.push(batch)
  return batches
}

export function tooLarge(upload: Upload<PickedFile>): boolean {
  return upload.send && upload.file.size > MAX_FILE_BYTES
}
