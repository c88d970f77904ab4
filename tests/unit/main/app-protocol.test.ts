import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_URL,
  isAppProtocolUrl,
  mimeType,
  resolveAppPath
} from '../../../electron/main/app-protocol'
import { isAppUrl, mayLoad } from '../../../electron/main/security'

// Issue 12 item 11: the packaged window loads app://replydesk/ instead of file://, so the
// grantFileProtocolExtraPrivileges fuse is off (packaging.test.ts) and no page reaches the disk.

const ROOT = join('/opt', 'replydesk', 'resources', 'app.asar', 'out', 'renderer')

describe('the app:// protocol', () => {
  it('serves the bundle’s own files, index.html for the root', () => {
    expect(resolveAppPath(ROOT, APP_URL)).toBe(join(ROOT, 'index.html'))
    expect(resolveAppPath(ROOT, 'app://replydesk/')).toBe(join(ROOT, 'index.html'))
    expect(resolveAppPath(ROOT, 'app://replydesk/assets/index-1.js?v=1#x')).toBe(
      join(ROOT, 'assets', 'index-1.js')
    )
    expect(resolveAppPath(ROOT, 'app://replydesk/assets/%E5%AD%97.woff2')).toBe(
      join(ROOT, 'assets', '字.woff2')
    )
  })

  it('refuses ../, encoded or not, backslashes, NULs, bad encoding and other hosts', () => {
    for (const url of [
      'app://replydesk/../../../etc/passwd',
      'app://replydesk/assets/../../main/index.js',
      'app://replydesk/%2e%2e/%2e%2e/etc/passwd',
      'app://replydesk/%2E%2E%2Fmain%2Findex.js',
      'app://replydesk/..%5c..%5cwindows%5cwin.ini',
      'app://replydesk/index.html%00.png',
      'app://replydesk/%E5%AD',
      'app://evil/index.html',
      'file:///opt/replydesk/resources/app.asar/out/renderer/index.html',
      'https://replydesk/index.html'
    ]) {
      expect(resolveAppPath(ROOT, url), url).toBeNull()
    }
  })

  it('names each bundle file’s type and serves anything else as bytes', () => {
    expect(mimeType('index.html')).toBe('text/html; charset=utf-8')
    expect(mimeType('assets/index-1.JS')).toBe('text/javascript; charset=utf-8')
    expect(mimeType('assets/index-1.css')).toBe('text/css; charset=utf-8')
    expect(mimeType('assets/font.woff2')).toBe('font/woff2')
    expect(mimeType('assets/logo.svg')).toBe('image/svg+xml')
    expect(mimeType('notes.txt.exe')).toBe('application/octet-stream')
    expect(mimeType('README')).toBe('application/octet-stream')
  })

  it('is the only origin the window trusts: navigation, requests and IPC senders', () => {
    expect(isAppProtocolUrl('app://replydesk/index.html#/draft/1')).toBe(true)
    expect(isAppProtocolUrl('app://other/index.html')).toBe(false)
    expect(isAppUrl('app://replydesk/index.html#/archive', APP_URL)).toBe(true)
    // URL.origin is "null" for every custom scheme: comparing origins would let these in.
    expect(isAppUrl('evil://replydesk/index.html', APP_URL)).toBe(false)
    expect(isAppUrl('app://evil/index.html', APP_URL)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false)
    expect(mayLoad('app://replydesk/assets/index-1.js', APP_URL, null)).toBe(true)
    expect(
      mayLoad('file:///opt/replydesk/resources/app.asar/out/renderer/index.html', APP_URL, null)
    ).toBe(false)
    expect(mayLoad('https://example.com/x.js', APP_URL, null)).toBe(false)
  })
})
