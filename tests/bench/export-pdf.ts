import { buildDocx } from '../../electron/export/docx'
import { convertWithSoffice, findSoffice } from '../../electron/office/soffice'
import { replyOfPages } from './export'
import { median } from './stats'

// 导出 PDF end to end for a 10-page reply: build the DOCX, render it with LibreOffice (a cold start
// with a fresh profile each time, as the app does). Absent when LibreOffice is not installed.

const RUNS = 3

export async function benchExportPdf(): Promise<{ export_pdf_10p_ms?: number }> {
  const soffice = findSoffice()
  if (!soffice) {
    console.error('未找到 LibreOffice：跳过 export_pdf_10p_ms。')
    return {}
  }
  const reply = replyOfPages(10)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const pdf = await convertWithSoffice(soffice, await buildDocx(reply), 'docx', 'pdf')
    if (!pdf) throw new Error('LibreOffice 没有生成 PDF')
    times.push(performance.now() - start)
  }
  return { export_pdf_10p_ms: Math.round(median(times)) }
}
