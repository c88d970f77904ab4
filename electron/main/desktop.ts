import { writeFile } from 'node:fs/promises'
import { BrowserWindow, dialog, type IpcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { IPC_CHANNELS } from '../contract/channels'
import { isAppUrl } from './security'

// A DOCX or PDF of a reply is well under this; the bound keeps a page from filling the disk.
const MAX_SAVE_BASE64 = 70_000_000

const saveFileInput = z
  .object({ fileName: z.string().min(1).max(200), base64: z.string().max(MAX_SAVE_BASE64) })
  .strict()

const REFUSED = '拒绝来自未知页面的请求。'

function fromApp(event: IpcMainInvokeEvent, appUrl: () => string): boolean {
  return isAppUrl(event.senderFrame?.url ?? '', appUrl())
}

export type SaveOutcome = { saved: boolean; path?: string; message?: string }

/** Shell-only capabilities (native dialogs, printing) that browser mode provides by other means. */
export function registerDesktop(ipcMain: IpcMain, appUrl: () => string): void {
  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, raw: unknown): Promise<SaveOutcome> => {
    if (!fromApp(event, appUrl)) return { saved: false, message: REFUSED }
    const parsed = saveFileInput.safeParse(raw)
    if (!parsed.success) return { saved: false, message: '保存请求无效。' }
    const win = BrowserWindow.fromWebContents(event.sender)
    const options = {
      defaultPath: parsed.data.fileName,
      filters: [
        {
          name: parsed.data.fileName.split('.').pop()?.toUpperCase() ?? '文件',
          extensions: [parsed.data.fileName.split('.').pop() ?? '*']
        }
      ]
    }
    const choice = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { saved: false }
    try {
      await writeFile(choice.filePath, Buffer.from(parsed.data.base64, 'base64'))
      return { saved: true, path: choice.filePath }
    } catch (e) {
      const code = (e as { code?: string }).code
      return {
        saved: false,
        message:
          code === 'ENOSPC'
            ? '磁盘空间已满，文件没有保存。'
            : '文件没有保存：目标位置无法写入，请换一个位置。'
      }
    }
  })
  ipcMain.handle(IPC_CHANNELS.printToPdf, async (event) => {
    if (!fromApp(event, appUrl)) throw new Error(REFUSED)
    const pdf = await event.sender.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      margins: { marginType: 'none' }
    })
    return Buffer.from(pdf).toString('base64')
  })
}
