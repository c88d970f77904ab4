import type { Draft, PdfExport } from '../../contract/drafts'
import { AppFailure } from '../../contract/result'
import type { DocFormat } from '../../domain/reply'
import { convertWithSoffice, findSoffice } from '../../office/soffice'
import type { ServiceContext } from '../context'
import { buildDraftDocx } from './draft-export'

// The PDF is the exported DOCX rendered by LibreOffice, so it has the DOCX's pages exactly, in
// every mode (desktop, browser, CLI). Nothing in Node lays out a DOCX by itself.

export const NO_LIBREOFFICE =
  '本机没有安装 LibreOffice，无法生成 PDF。请安装免费的 LibreOffice（https://zh-cn.libreoffice.org，按默认位置安装）后重试；也可以先导出 DOCX，再用 WPS 或 Word 的“另存为 PDF”。'

export async function draftPdf(
  ctx: ServiceContext,
  draft: Draft,
  format?: DocFormat
): Promise<PdfExport> {
  const soffice = (ctx.soffice ?? findSoffice)()
  if (!soffice) throw new AppFailure('unsupported', NO_LIBREOFFICE)
  const { bytes, name, approval, warnings } = await buildDraftDocx(ctx, draft, { format })
  let pdf: Uint8Array | null
  try {
    pdf = await convertWithSoffice(soffice, bytes, 'docx', 'pdf')
  } catch {
    pdf = null
  }
  if (!pdf) {
    throw new AppFailure(
      'io',
      'LibreOffice 没有生成 PDF（可能超时或已有窗口占用）。请关闭正在运行的 LibreOffice 后重试，或先导出 DOCX。'
    )
  }
  return {
    approval,
    warnings,
    fileName: `${name}.pdf`,
    mimeType: 'application/pdf',
    base64: Buffer.from(pdf).toString('base64')
  }
}
