import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Upload } from '../import/pipeline'

// Files the browser-mode host received on /api/upload wait here, under ids the host chose, until
// the import that names them has read them. The page never names a path.

export function uploadDir(dataDir: string): string {
  return join(dataDir, 'uploads')
}

export type SentFile = { fileName: string; base64: string } | { fileName: string; uploadId: string }

export function uploadsFrom(dataDir: string, files: readonly SentFile[]): Upload[] {
  return files.map((f) =>
    'uploadId' in f
      ? { fileName: f.fileName, path: join(uploadDir(dataDir), f.uploadId) }
      : { fileName: f.fileName, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }
  )
}

/** After the import: the stored uploads are no longer needed. */
export function removeUploads(uploads: readonly Upload[]): void {
  for (const u of uploads) if ('path' in u) rmSync(u.path, { force: true })
}

/** At start-up: uploads left by an import that never ran (the host was closed first). */
export function clearUploads(dataDir: string): void {
  rmSync(uploadDir(dataDir), { recursive: true, force: true })
}
