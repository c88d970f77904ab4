import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/host/cli/main'
import { tempDir } from '../../helpers'

// A body that brings its own opening (…收悉…现答复如下：) or closing thanks is not doubled by the
// template's sentences: those are left out and the clerk is told once.

const fieldsFile = join(__dirname, '..', '..', '..', 'fixtures', 'cli', 'lukou-fields.json')

const OWN_BODY = [
  '您提出的《关于推进基层医疗服务的建议》收悉，现答复如下：',
  '一、基本情况',
  '渌口区现有区人民医院、区中医医院2家二级甲等医疗机构。',
  '二、下一步工作',
  '持续推进紧密型医共体建设。',
  '感谢您对卫生健康工作的关心和支持。'
].join('\n')

async function newDraft(body: string) {
  const bodyFile = join(tempDir(), 'body.txt')
  writeFileSync(bodyFile, body)
  const run = async (json: boolean) => {
    const out: string[] = []
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) }
    const args = ['new', '--fields', fieldsFile, '--body', bodyFile, '--data-dir', tempDir()]
    expect(await runCli(json ? [...args, '--json'] : args, io, {})).toBe(0)
    return out.join('\n')
  }
  return { json: JSON.parse(await run(true)) as Created, text: await run(false) }
}

type Created = {
  rendered: { opening: string[]; closing: string[] }
  notices: string[]
}

describe('a body with its own opening and closing', () => {
  it('keeps the body’s sentences and leaves the template’s out, saying so once', async () => {
    const { json, text } = await newDraft(OWN_BODY)
    expect(json.rendered.opening).toEqual([])
    expect(json.rendered.closing).toEqual([])
    expect(json.notices).toEqual([
      '正文已有自己的开头语（“……收悉”“现答复如下”）和结束语（感谢……），模板的相应段落已略去，不会重复。'
    ])
    expect(text.match(/正文已有自己的/g)).toHaveLength(1)
  })

  it('leaves out only the part the body has', async () => {
    const body = OWN_BODY.split('\n').slice(0, -1).join('\n')
    const { json } = await newDraft(body)
    expect(json.rendered.opening).toEqual([])
    expect(json.rendered.closing.join('')).toMatch(/感谢/)
    expect(json.notices[0]).toMatch(/开头语/)
    expect(json.notices[0]).not.toMatch(/结束语/)
  })

  it('keeps the template’s sentences for a body without them', async () => {
    const { json, text } = await newDraft(OWN_BODY.split('\n').slice(1, -1).join('\n'))
    expect(json.rendered.opening[0]).toMatch(/收悉/)
    expect(json.rendered.closing.join('')).toMatch(/感谢/)
    expect(json.notices).toEqual([])
    expect(text).not.toContain('正文已有自己的')
  })
})
