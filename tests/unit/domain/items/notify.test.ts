import { afterEach, describe, expect, it, vi } from 'vitest'
import { dueNotice, type DueEntry } from '../../../../electron/domain/items/notify'
import type { OpenedServices } from '../../../../electron/services'
import { openItemsServices } from '../../services/items/fixtures'

const shown: { title: string; body: string; click?: () => void }[] = []
let supported = true
vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => supported
    private entry: (typeof shown)[number]
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options }
    }
    on(_event: 'click', handler: () => void) {
      this.entry.click = handler
    }
    show() {
      shown.push(this.entry)
    }
  }
}))

const { notifyDueItems } = await import('../../../../electron/main/due-notification')

const entry = (number: string, days_left: number): DueEntry => ({
  title: `第${number}号的标题`,
  session: '区人大二届五次会议',
  number,
  days_left
})

describe('the start-up notification of due items', () => {
  it('says nothing when off or when nothing is pressing', () => {
    expect(dueNotice(false, [entry('1', -3)], [])).toBeNull()
    expect(dueNotice(true, [], [])).toBeNull()
  })

  it('counts overdue and due-soon items and names the first three', () => {
    expect(dueNotice(true, [entry('17', -3)], [entry('18', 0), entry('19', 5)])).toEqual({
      title: '办理台账中有 1 件已逾期，2 件 7 天内到期',
      body: [
        '区人大二届五次会议第17号 第17号的标题（已逾期 3 天）',
        '区人大二届五次会议第18号 第18号的标题（今天到期）',
        '区人大二届五次会议第19号 第19号的标题（还剩 5 天）'
      ].join('\n')
    })
    const many = dueNotice(
      true,
      [],
      [1, 2, 3, 4].map((n) => entry(String(n), n))
    )
    expect(many?.title).toBe('办理台账中有 4 件 7 天内到期')
    expect(many?.body.split('\n')).toHaveLength(4)
    expect(many?.body).toMatch(/等 4 件$/)
  })
})

let services: OpenedServices | undefined
afterEach(() => {
  services?.close()
  shown.length = 0
  supported = true
})

describe('the desktop shell', () => {
  it('shows the notification only once the profile turns it on, and a click brings the window', async () => {
    services = openItemsServices('2025-04-05T09:00:00')
    const api = services.handlers
    await api['items:create']({
      fields: {
        session: '区人大二届五次会议',
        number: '21',
        title: '关于加强医保基金监管的建议',
        role: '协办',
        assigned_date: '2025-03-01'
      }
    })
    const win = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() }
    const window = () => win as never
    await notifyDueItems(api, window)
    expect(shown).toEqual([])

    const profile = await api['profile:get']({})
    await api['profile:save']({ profile: { ...profile, due_notification: true } })
    supported = false
    await notifyDueItems(api, window)
    expect(shown).toEqual([])
    supported = true
    await notifyDueItems(api, window)
    expect(shown).toMatchObject([
      {
        title: '办理台账中有 1 件已逾期',
        body: '区人大二届五次会议第21号 关于加强医保基金监管的建议（已逾期 4 天）'
      }
    ])
    shown[0]?.click?.()
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })
})
