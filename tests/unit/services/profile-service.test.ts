import { afterEach, describe, expect, it } from 'vitest'
import type { Input, MethodName, Output } from '../../../electron/contract'
import { createDispatch } from '../../../electron/host/dispatch'
import { openServices, type OpenedServices } from '../../../electron/services'
import { tempDir } from '../helpers'
import { shippedProfile, TEMPLATES_DIR } from '../domain/templates/shipped'

const opened: OpenedServices[] = []

afterEach(() => {
  for (const s of opened.splice(0)) s.close()
})

/** The services on a fresh temp data dir, called through the dispatcher as the renderer calls them. */
function openApp(templatesDir = TEMPLATES_DIR) {
  const services = openServices({
    dataDir: tempDir('replydesk-settings-'),
    mode: 'cli',
    version: 'test',
    templatesDir,
    now: () => new Date('2025-07-16T02:00:00.000Z')
  })
  opened.push(services)
  const dispatch = createDispatch(services.handlers)
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const result = await dispatch(method, input)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.value as never
    },
    async fail<M extends MethodName>(method: M, input: Input<M>) {
      const result = await dispatch(method, input)
      if (result.ok) throw new Error(`${method} was expected to fail`)
      return result.error
    }
  }
}

const lukou = shippedProfile('lukou')

describe('profile:status', () => {
  it('says not configured until a profile is saved or imported', async () => {
    const app = openApp()
    expect(await app.call('profile:status', {})).toEqual({ configured: false })
    await app.call('profile:save', { profile: { organ: '株洲市渌口区卫生健康局' } })
    expect(await app.call('profile:status', {})).toEqual({ configured: true })

    const other = openApp()
    await other.call('profile:import', { text: JSON.stringify(lukou) })
    expect(await other.call('profile:status', {})).toEqual({ configured: true })
  })
})

describe('profile:examples', () => {
  it('offers the shipped bureau profiles and the code lists', async () => {
    const { examples, code_lists, problems } = await openApp().call('profile:examples', {})
    expect(problems).toEqual([])
    expect(examples.map((e) => [e.file, e.profile.organ])).toEqual([
      ['lukou.json', '株洲市渌口区卫生健康局'],
      ['xianning.json', '咸宁市卫生健康委员会'],
      ['yueyang.json', '岳阳市卫生健康委员会']
    ])
    expect(examples[0]?.profile.doc_prefixes.建议).toBe('渌卫复')
    expect(code_lists.map((l) => [l.name, l.codes.map((c) => c.code).join('')])).toEqual([
      ['ABC', 'ABC'],
      ['ABCD', 'ABCD'],
      ['甲乙丙', '甲乙丙'],
      ['A1B1', 'A1B1C1']
    ])
  })

  it('names an example file that does not load, and still offers the others', async () => {
    const app = openApp(tempDir('replydesk-no-templates-'))
    const { examples, problems } = await app.call('profile:examples', {})
    expect(examples).toEqual([])
    expect(problems[0]).toMatch(/^找不到文件夹 .*profiles$/)
    // Without templates there is no sample to word, but the check still answers.
    const check = await app.call('profile:check', { profile: lukou })
    expect(check.sample).toBeNull()
    expect(check.next_numbers.建议).toBe('渌卫复〔2025〕1号')
  })
})

describe('profile:check', () => {
  it('words the 渌口 settings on a sample reply, with the next 文号 of each prefix', async () => {
    const app = openApp()
    const check = await app.call('profile:check', { profile: lukou })
    expect(check.problems).toEqual([])
    expect(check.next_numbers).toEqual({
      建议: '渌卫复〔2025〕1号',
      提案: '渌卫复〔2025〕1号',
      协办意见: '渌卫函〔2025〕1号',
      会办意见: '渌卫函〔2025〕1号'
    })
    expect(check.sample).toEqual({
      doc_line: '渌卫复〔2025〕1号（A）类',
      marks: [],
      contact: [
        '主管领导：曹虎，联系电话：13874100819；',
        '经 办 人：刘海茵，联系电话：15873304217；'
      ],
      cc: {
        人大: '抄送：区人大常委会联工委一式两份，区政府督查室一式两份。',
        政协: '抄送：区政协提案委员会一式两份，区政府督查室一式两份。'
      }
    })
  })

  it('counts numbers already taken', async () => {
    const app = openApp()
    await app.call('profile:save', { profile: lukou })
    const draft = await app.call('drafts:create', {})
    await app.call('register:allocate', { id: draft.id, year: 2025 })
    const check = await app.call('profile:check', { profile: lukou })
    expect(check.next_numbers.建议).toBe('渌卫复〔2025〕2号')
    expect(check.sample?.doc_line).toBe('渌卫复〔2025〕2号（A）类')
  })

  it('places each problem at its setting and keeps the sample from the sound settings', async () => {
    const app = openApp()
    const profile = {
      ...lukou,
      handlers: [{ name: '刘海茵', phone: '1587330' }],
      doc_line: '{doc_number}[({classification}类'
    }
    const check = await app.call('profile:check', { profile })
    expect(check.problems).toEqual([
      { path: ['doc_line'], message: '可选部分缺少“]”' },
      {
        path: ['handlers', 0, 'phone'],
        message: '电话号码应为 11 位手机号码，或带区号的固定电话，如 0730-8206079'
      }
    ])
    expect(check.sample?.cc.人大).toBe('抄送：区人大常委会联工委一式两份，区政府督查室一式两份。')
    expect(check.sample?.contact[0]).toBe('主管领导：曹虎，联系电话：13874100819；')
  })
})

describe('profile:save', () => {
  it('refuses an invalid profile with each problem at its setting, keeping the saved one', async () => {
    const app = openApp()
    await app.call('profile:save', { profile: lukou })
    const error = await app.fail('profile:save', {
      profile: { ...lukou, organ: '新局', postcode: '4370', leaders: [{ name: '', phone: '' }] }
    })
    expect(error.code).toBe('invalid-input')
    expect(error.message).toBe(
      '单位设置有误：\n（leaders → 第1项 → name）不能为空\n（postcode）邮政编码应为 6 位数字'
    )
    expect(error.details).toEqual({
      problems: [
        { path: ['leaders', 0, 'name'], message: '不能为空' },
        { path: ['postcode'], message: '邮政编码应为 6 位数字' }
      ]
    })
    expect((await app.call('profile:get', {})).organ).toBe('株洲市渌口区卫生健康局')
  })
})

describe('profile:import', () => {
  it('names the file, line and problem of a bad file, and keeps the saved profile', async () => {
    const app = openApp()
    await app.call('profile:save', { profile: lukou })
    const text = JSON.stringify(lukou, null, 2).replace('"cc_mode": "local"', '"cc_mode": "宽松"')
    const line = text.split('\n').findIndex((l) => l.includes('"cc_mode"')) + 1
    const error = await app.fail('profile:import', { text, fileName: '渌口-设置.json' })
    expect(error.message).toBe(`渌口-设置.json 第 ${line} 行：（cc_mode）应为“strict”、“local”之一`)
    expect((await app.call('profile:get', {})).cc_mode).toBe('local')
  })
})
