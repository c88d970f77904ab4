import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openServices, type OpenedServices } from '../../../electron/services'
import { tempDir } from '../helpers'

const TEMPLATES = join(__dirname, '..', '..', '..', 'templates')
let services: OpenedServices

afterEach(() => services.close())

describe('deadlines from the assignment date and the profile', () => {
  it('puts the due date on the home list and the preview, following the profile', async () => {
    services = openServices({
      dataDir: tempDir(),
      mode: 'cli',
      version: 'test',
      templatesDir: TEMPLATES
    })
    const api = services.handlers
    const draft = await api['drafts:create']({
      fields: { kind: '建议', assigned_date: '2025-03-20' }
    })
    const bare = await api['drafts:create']({ fields: { kind: '建议' } })
    const list = await api['drafts:list']({})
    expect(list.find((d) => d.id === draft.id)?.due_date).toBe('2025-06-20')
    expect(list.find((d) => d.id === bare.id)?.due_date).toBe('')
    expect((await api['drafts:preview']({ id: draft.id })).due).toEqual({
      date: '2025-06-20',
      open: true
    })
    expect((await api['drafts:preview']({ id: bare.id })).due).toBeNull()

    const profile = await api['profile:get']({})
    await api['profile:save']({
      profile: { ...profile, deadlines: { ...profile.deadlines, reply_months: 2 } }
    })
    expect((await api['drafts:list']({})).find((d) => d.id === draft.id)?.due_date).toBe(
      '2025-05-20'
    )
  })
})
