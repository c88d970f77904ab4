import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectFonts } from '../../../electron/export/fonts'
import { tempDir } from '../helpers'

const byName = (list: { name: string; installed: boolean; fallback: string }[]) =>
  Object.fromEntries(list.map((f) => [f.name, f]))

describe('detectFonts', () => {
  it('finds Windows fonts by file name in the system and the per-user folders', async () => {
    const windir = tempDir()
    const local = tempDir()
    mkdirSync(join(windir, 'Fonts'))
    mkdirSync(join(local, 'Microsoft', 'Windows', 'Fonts'), { recursive: true })
    for (const f of ['SIMFANG.TTF', 'simkai.ttf', 'simhei.ttf', 'simsun.ttc', 'times.ttf']) {
      writeFileSync(join(windir, 'Fonts', f), '')
    }
    writeFileSync(join(local, 'Microsoft', 'Windows', 'Fonts', '仿宋_GB2312.ttf'), '')
    const fonts = byName(
      await detectFonts({ platform: 'win32', env: { WINDIR: windir, LOCALAPPDATA: local } })
    )
    expect(fonts['仿宋_GB2312']).toEqual({
      name: '仿宋_GB2312',
      installed: true,
      fallback: '仿宋_GB2312'
    })
    expect(fonts['楷体_GB2312']).toEqual({
      name: '楷体_GB2312',
      installed: false,
      fallback: '楷体'
    })
    expect(fonts['方正小标宋简体']).toEqual({
      name: '方正小标宋简体',
      installed: false,
      fallback: '宋体'
    })
    expect(fonts['黑体']!.installed).toBe(true)
    expect(fonts['Times New Roman']!.installed).toBe(true)
  })

  it('reads fontconfig families on Linux and says what replaces a missing font', async () => {
    const fonts = byName(
      await detectFonts({
        platform: 'linux',
        fontconfigFamilies: async () => ['仿宋', '黑体', 'Noto Serif CJK SC']
      })
    )
    expect(fonts['仿宋_GB2312']).toEqual({
      name: '仿宋_GB2312',
      installed: false,
      fallback: '仿宋'
    })
    expect(fonts['黑体']!.installed).toBe(true)
    expect(fonts['Times New Roman']!.fallback).toBe('系统默认西文字体')
  })

  it('reports every official font missing when fontconfig is not there', async () => {
    const fonts = await detectFonts({ platform: 'linux', fontconfigFamilies: async () => null })
    expect(fonts.map((f) => f.name)).toEqual([
      '方正小标宋简体',
      '仿宋_GB2312',
      '楷体_GB2312',
      '黑体',
      '宋体',
      'Times New Roman'
    ])
    expect(fonts.every((f) => !f.installed)).toBe(true)
  })
})
