import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../contract'
import { IPC_CHANNELS, type DesktopBridge } from '../contract/channels'

// Exposes exactly two narrow objects; the renderer never sees ipcRenderer.
const api: Api = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNELS.api, method, input)
}

const desktop: DesktopBridge = {
  saveFile: (fileName, base64) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, { fileName, base64 }),
  printToPdf: () => ipcRenderer.invoke(IPC_CHANNELS.printToPdf)
}

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('desktop', desktop)
