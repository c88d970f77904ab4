import { Notification, type BrowserWindow } from 'electron'
import type { Handlers } from '../contract'

/**
 * At start, when the profile asks for it: a system notification of overdue and due-soon items
 * (the services decide which and say what); a click brings the window forward.
 */
export async function notifyDueItems(
  handlers: Pick<Handlers, 'items:dueNotice'>,
  window: () => BrowserWindow | null
): Promise<void> {
  if (!Notification.isSupported()) return
  const notice = await handlers['items:dueNotice']({})
  if (!notice) return
  const shown = new Notification({ title: notice.title, body: notice.body })
  shown.on('click', () => {
    const win = window()
    if (win?.isMinimized()) win.restore()
    win?.focus()
  })
  shown.show()
}
