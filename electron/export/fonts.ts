import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { FontStatus } from '../contract/app'
import { FONT_FALLBACKS, OFFICIAL_FONTS } from '../domain/layout'

// Which of the official 公文 fonts this machine has, and what WPS/Word will show instead of each
// missing one: the first installed font of its fallback list (the same list the DOCX names as
// altName), else 宋体. Windows and macOS are checked by font file names, Linux by fontconfig.

export type { FontStatus }

/** Font files by family name, lower case, as Windows and the usual installers name them. */
const FONT_FILES: Record<string, string[]> = {
  方正小标宋简体: [
    'fzxbsjw.ttf',
    'fzxbsjw--gb1-0.ttf',
    '方正小标宋简体.ttf',
    'fzxiaobiaosong-b05s.ttf'
  ],
  小标宋: ['小标宋.ttf', 'xiaobiaosong.ttf'],
  方正小标宋_GBK: ['fzxbsk.ttf', 'fzxbsk--gbk1-0.ttf', '方正小标宋_gbk.ttf'],
  仿宋_GB2312: ['仿宋_gb2312.ttf', 'fs_gb2312.ttf', 'fsgb2312.ttf'],
  仿宋: ['simfang.ttf'],
  楷体_GB2312: ['楷体_gb2312.ttf', 'kt_gb2312.ttf', 'ktgb2312.ttf'],
  楷体: ['simkai.ttf'],
  黑体: ['simhei.ttf'],
  微软雅黑: ['msyh.ttc', 'msyh.ttf'],
  宋体: ['simsun.ttc', 'simsun.ttf'],
  新宋体: ['simsun.ttc', 'nsimsun.ttf'],
  'Times New Roman': ['times.ttf']
}

export type FontProbe = {
  platform?: NodeJS.Platform
  env?: NodeJS.ProcessEnv
  /** family names from fontconfig, or null when fc-list is not available */
  fontconfigFamilies?: () => Promise<string[] | null>
}

function fontDirs(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows'
    const local = env.LOCALAPPDATA
    return [join(windir, 'Fonts'), ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : [])]
  }
  return [
    join(homedir(), 'Library', 'Fonts'),
    '/Library/Fonts',
    '/System/Library/Fonts/Supplemental'
  ]
}

async function filesIn(dirs: string[]): Promise<Set<string>> {
  const lists = await Promise.all(dirs.map((d) => readdir(d).catch(() => [] as string[])))
  return new Set(lists.flat().map((f) => f.toLowerCase()))
}

function fcListFamilies(): Promise<string[] | null> {
  return new Promise((resolve) => {
    execFile('fc-list', [':', 'family'], { timeout: 10_000 }, (error, stdout) => {
      if (error) resolve(null)
      else resolve(stdout.split('\n').flatMap((line) => line.split(',').map((f) => f.trim())))
    })
  })
}

async function installedTest(probe: FontProbe): Promise<(name: string) => boolean> {
  const platform = probe.platform ?? process.platform
  if (platform === 'win32' || platform === 'darwin') {
    const files = await filesIn(fontDirs(platform, probe.env ?? process.env))
    return (name) => (FONT_FILES[name] ?? []).some((f) => files.has(f))
  }
  const families = new Set((await (probe.fontconfigFamilies ?? fcListFamilies)()) ?? [])
  return (name) => families.has(name)
}

export async function detectFonts(probe: FontProbe = {}): Promise<FontStatus[]> {
  const installed = await installedTest(probe)
  return OFFICIAL_FONTS.map((name) => {
    if (installed(name)) return { name, installed: true, fallback: name }
    const candidates = FONT_FALLBACKS[name] ?? []
    const fallback =
      candidates.find(installed) ?? (name === 'Times New Roman' ? '系统默认西文字体' : '宋体')
    return { name, installed: false, fallback }
  })
}
