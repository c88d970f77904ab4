import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../contract'
import { IPC_CHANNELS } from '../contract/channels'

// Exposes exactly two narrow objects; the renderer never sees ipcRenderer.
const api: Api = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNELS.api, method, input)
}

const desktop = {
  saveFile: (
    fileName: string,
    base64: string
  ): Promise<{ saved: boolean; path?: string; message?: string }> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, { fileName, base64 }),
  printToPdf: (): Promise<string> => ipcRenderer.invoke(IPC_CHANNELS.printToPdf)
}

export type DesktopBridge = typeof desktop

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('desktop', desktop)
