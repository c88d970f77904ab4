import { describe, expect, it } from 'vitest'
import { contract, type MethodName } from '../../../electron/contract'
import { openApp } from '../services/open'

// Every method of the contract, called with input of the wrong shape, as a broken or hostile page
// could send it: each answer is a Result with a Chinese message, never 「内部错误」 or a throw.

function deep(depth: number, make: (inner: unknown) => unknown): unknown {
  let value: unknown = {}
  for (let i = 0; i < depth; i++) value = make(value)
  return value
}

const WRONG_SHAPES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  'x',
  '',
  true,
  [],
  [null],
  { id: null },
  { id: 42 },
  { id: '' },
  { id: 'x'.repeat(10_000) },
  { id: '../../etc/passwd' },
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}, "id": "a"}'),
  { constructor: { prototype: { polluted: true } } },
  { id: 'a', fields: null },
  { id: 'a', fields: { title: 1 } },
  { id: 'a', body: null },
  { id: 'a', body: { root: { type: 'root', children: [null] } } },
  { id: 'a', body: { root: { type: 'root', children: [{ type: 'paragraph', children: 'x' }] } } },
  {
    id: 'a',
    body: {
      root: {
        type: 'root',
        children: [deep(10_000, (inner) => ({ type: 'list', children: [inner] }))]
      }
    }
  },
  { id: 'a', templateId: 'no-such-template' },
  { text: '['.repeat(100_000) },
  { text: '{"a":'.repeat(50_000) },
  { profile: deep(10_000, (inner) => ({ a: inner })) },
  { files: [{ fileName: 'a.txt', uploadId: '../../etc/passwd' }] },
  { files: [{ fileName: 'a.txt', base64: '!!!' }] },
  { paths: ['/etc/passwd'] },
  { query: null },
  { jobId: {} },
  { name: '../replydesk.db' }
]

describe('contract fuzz', () => {
  it('answers every method × wrong shape with a Chinese message, never 内部错误', async () => {
    const app = openApp()
    const draft = await app.call('drafts:create', { fields: { title: '关于村医待遇的建议' } })
    const dispatch = (await import('../../../electron/host/dispatch')).createDispatch(
      app.services.handlers
    )
    const internal: string[] = []
    for (const method of Object.keys(contract) as MethodName[]) {
      for (const shape of WRONG_SHAPES) {
        const input =
          shape && typeof shape === 'object' && 'id' in shape && shape.id === 'a'
            ? { ...shape, id: draft.id }
            : shape
        const result = await dispatch(method, input)
        if (!result.ok) {
          expect(result.error.message, method).toMatch(/[\u4e00-\u9fff]/)
          if (result.error.code === 'internal') internal.push(`${method}: ${result.error.message}`)
        }
      }
    }
    expect(internal).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 120_000)

  it('refuses bodies of the wrong shape or depth and unknown templates in plain Chinese', async () => {
    const app = openApp()
    const { id } = await app.call('drafts:create', { fields: { title: '关于村医待遇的建议' } })
    const list = deep(10_000, (inner) => ({ type: 'list', children: [inner] }))
    const nested = { root: { type: 'root', children: [list] } }
    const failures = [
      await app.fail('drafts:save', {
        id,
        body: { root: { type: 'root', children: [null] } } as never
      }),
      await app.fail('drafts:save', { id, body: nested as never }),
      await app.fail('drafts:save', { id, templateId: 'no-such-template' }),
      await app.fail('profile:import', { text: '['.repeat(100_000) })
    ]
    expect(failures.map((f) => f.code)).toEqual([
      'invalid-input',
      'invalid-input',
      'not-found',
      'invalid-input'
    ])
    expect(failures[1]!.message).toContain('层级过深')
    expect(failures[3]!.message).toContain('嵌套层数过多')
    expect((await app.call('drafts:get', { id })).template_id).not.toBe('no-such-template')
  })
})
