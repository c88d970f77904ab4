import { saveBase64 } from '../../lib/api'

// The page preview carries the print stylesheet (ui/base.css @media print): printing the window
// prints exactly the A4 pages shown there.

export async function exportPdf(fileName: string): Promise<string> {
  if (window.desktop) {
    const base64 = await window.desktop.printToPdf()
    return saveBase64(fileName, base64, 'application/pdf')
  }
  window.print()
  return '已打开打印窗口：在“目标打印机”中选择“另存为 PDF”即可保存。'
}
