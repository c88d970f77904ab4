import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { IPC_CHANNELS } from '../contract/channels'
import { fail } from '../contract/result'
import type { Dispatch } from '../host/dispatch'
import { isAppUrl } from './security'

/** One channel for the whole contract; dispatch validates the method name and its input. */
export function registerApi(ipcMain: IpcMain, dispatch: Dispatch, appUrl: () => string): void {
  ipcMain.handle(IPC_CHANNELS.api, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (!isAppUrl(frameUrl, appUrl())) return fail('unauthorized', '拒绝来自未知页面的请求。')
    if (typeof method !== 'string') return fail('invalid-input', '未知的操作。')
    return dispatch(method, input)
  })
}
