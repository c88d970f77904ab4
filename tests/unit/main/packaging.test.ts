import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..', '..')
const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  allowScripts?: Record<string, boolean>
}

function setting(key: string): string | undefined {
  return new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm').exec(builder)?.[1]?.trim()
}

describe('packaging configuration', () => {
  it('installs per user without administrator rights, in Chinese', () => {
    expect(setting('productName')).toBe('建议提案答复助手')
    expect(setting('perMachine')).toBe('false')
    expect(setting('allowElevation')).toBe('false')
    expect(setting('installerLanguages')).toBe('[zh_CN]')
  })

  it('unpacks the native SQLite module from asar and turns off the dangerous fuses', () => {
    expect(builder).toContain('node_modules/better-sqlite3/**')
    expect(setting('runAsNode')).toBe('false')
    expect(setting('enableNodeOptionsEnvironmentVariable')).toBe('false')
    expect(setting('enableEmbeddedAsarIntegrityValidation')).toBe('true')
    expect(setting('enableNodeCliInspectArguments')).toBe('false')
    expect(setting('onlyLoadAppFromAsar')).toBe('true')
    expect(setting('enableCookieEncryption')).toBe('true')
    expect(setting('grantFileProtocolExtraPrivileges')).toBe('false')
  })

  it('builds Windows and Linux x64/arm64 targets and rebuilds the native module for Electron first', () => {
    expect(builder).toMatch(/target: nsis/)
    expect(builder).toMatch(/target: portable/)
    expect(builder).toMatch(/target: deb\s+arch: \[x64, arm64\]/)
    expect(builder).toMatch(/target: AppImage\s+arch: \[x64, arm64\]/)
    expect(pkg.scripts['dist:win']).toMatch(/^npm run rebuild:electron && /)
    expect(pkg.scripts['dist:linux']).toMatch(/^npm run rebuild:electron && /)
  })

  it('never lets npm ci download Electron or rebuild for Electron', () => {
    expect(pkg.allowScripts?.electron).toBe(false)
    expect(pkg.scripts.postinstall).toBeUndefined()
  })
})
