import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..', '..')
const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
  allowScripts?: Record<string, boolean>
}

function setting(key: string): string | undefined {
  return new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm').exec(builder)?.[1]?.trim()
}

/** Packages the app's own code (electron/, renderer/src) imports; only these need shipping. */
function packagesImportedByTheApp(): Set<string> {
  const names = new Set<string>()
  for (const dir of ['electron', join('renderer', 'src')]) {
    for (const file of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file)) continue
      const code = readFileSync(join(root, dir, file), 'utf8')
      for (const [, spec = ''] of code.matchAll(/(?:from|import\(|^import) *'([^'.][^']*)'/gm)) {
        const parts = spec.split('/')
        names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
      }
    }
  }
  return names
}

/** Width, height of a PNG (from its IHDR chunk). */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
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

  it('ships only packages the app imports (tools and test helpers stay dev-only)', () => {
    const imported = packagesImportedByTheApp()
    const unused = Object.keys(pkg.dependencies).filter((name) => !imported.has(name))
    expect(unused).toEqual([])
  })

  it('finds the application icons in the build resources folder', () => {
    const dir = join(root, setting('buildResources') ?? 'missing')
    expect(pngSize(readFileSync(join(dir, 'icon.png')))).toEqual([512, 512])
    const ico = readFileSync(join(dir, 'icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1)
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => 6 + 16 * i)
    // Windows and NSIS need a 256 px image (stored as width 0) in the ICO.
    const large = entries.find((at) => ico[at] === 0 && ico[at + 1] === 0)
    expect(large).toBeDefined()
    const offset = ico.readUInt32LE(large! + 12)
    expect(pngSize(ico.subarray(offset))).toEqual([256, 256])
  })
})
