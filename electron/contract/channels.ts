// IPC channel names shared by main and preload; kept free of imports so the sandboxed preload
// bundle pulls in nothing else.
export const IPC_CHANNELS = {
  api: 'replydesk:call',
  saveFile: 'desktop:saveFile',
  printToPdf: 'desktop:printToPdf'
} as const

export type SaveOutcome = { saved: boolean; path?: string; message?: string }

/** What the preload exposes as window.desktop beside the contract's window.api. */
export type DesktopBridge = {
  saveFile(fileName: string, base64: string): Promise<SaveOutcome>
  printToPdf(): Promise<string>
}
