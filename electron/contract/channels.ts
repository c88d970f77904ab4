// IPC channel names shared by main and preload; kept free of imports so the sandboxed preload
// bundle pulls in nothing else.
export const IPC_CHANNELS = {
  api: 'replydesk:call',
  saveFile: 'desktop:saveFile',
  printToPdf: 'desktop:printToPdf'
} as const
