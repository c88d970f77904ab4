import { ApiError, saveBase64, SAVE_CANCELLED } from '../../lib/api'
import { mutate } from '../../lib/query'
import { EXPORT_MAKES_STALE } from '../review/queries'

// The PDF is the exported DOCX rendered by LibreOffice (same pages as the DOCX), saved as a file:
// a download in browser mode, the save dialog in the desktop app. Without LibreOffice the desktop
// app can still print its preview pages to PDF (ui/print.css keeps only the pages); browser mode
// says what to install.

export async function exportPdf(id: string, fileName: string): Promise<string> {
  try {
    const file = await mutate('drafts:exportPdf', { id }, EXPORT_MAKES_STALE)
    const saved = await saveBase64(file.fileName, file.base64, file.mimeType)
    return saved === SAVE_CANCELLED ? saved : [saved, ...file.warnings].join('。')
  } catch (e) {
    if (!(window.desktop && e instanceof ApiError && e.code === 'unsupported')) throw e
    const base64 = await window.desktop.printToPdf()
    const saved = await saveBase64(fileName, base64, 'application/pdf')
    return saved === SAVE_CANCELLED
      ? saved
      : `${saved}（本机没有 LibreOffice，PDF 按预览页生成；安装 LibreOffice 后与 DOCX 分页完全一致）`
  }
}

/** 打印: the print dialog with the preview's pages only. */
export function printPages(): void {
  window.print()
}
