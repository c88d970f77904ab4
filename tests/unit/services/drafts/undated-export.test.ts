import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fieldsFromJson } from '../../../../electron/domain/fields-json'
import { DATE_PLACEHOLDER_WARNING } from '../../../../electron/services/drafts/draft-export'
import { openApp, type App } from '../open'
import { grantSigning } from '../review/signer'

// 成文日期 is the day the leader signs, so a draft goes out for review without it: the DOCX shows
// a visible 【成文日期】 and the clerk is warned. The signed, final copy needs every field.

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'cli')

async function undatedDraft(app: App): Promise<string> {
  const fields = JSON.parse(readFileSync(join(fixtures, 'lukou-fields.json'), 'utf8')) as Record<
    string,
    unknown
  >
  delete fields.date
  const bodyText = readFileSync(join(fixtures, 'body.txt'), 'utf8')
  return (await app.call('drafts:create', { fields: fieldsFromJson(fields), bodyText })).id
}

async function documentText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'))
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
}

describe('exporting before 成文日期 is known', () => {
  it('exports a draft with a visible 【成文日期】 and a warning', async () => {
    const app = openApp()
    const id = await undatedDraft(app)
    const file = await app.call('drafts:exportDocx', { id })
    expect(file.approval).toBeNull()
    expect(file.warnings).toEqual([DATE_PLACEHOLDER_WARNING])
    expect(await documentText(file.base64)).toContain('株洲市渌口区卫生健康局【成文日期】')
  })

  it('requires every field, 成文日期 included, once the reply is signed', async () => {
    const app = openApp()
    const id = await undatedDraft(app)
    await app.call('review:signIn', { name: '李明' })
    await app.call('review:submit', { id })
    app.tick()
    await grantSigning(app.services.handlers, '王局长')
    await app.call('review:approve', { id, opinion: '同意' })
    const refused = await app.fail('drafts:exportDocx', { id })
    expect(refused.code).toBe('invalid-input')
    expect(refused.message).toContain('成文日期')
  })

  it('still refuses a draft export that lacks anything but the date', async () => {
    const app = openApp()
    const id = await undatedDraft(app)
    await app.call('drafts:save', { id, fields: { item_number: '' } })
    const refused = await app.fail('drafts:exportDocx', { id })
    expect(refused.message).toContain('编号')
    expect(refused.message).not.toContain('成文日期')
  })
})
