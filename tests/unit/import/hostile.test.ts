import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { importFiles } from '../../../electron/import/pipeline'
import { openTestDb } from './archive-fixtures'
import { tempDir } from '../helpers'
import { docxWith } from './fixtures'

// The files that froze the importer for minutes or ran it out of memory: each now ends with a
// result or 「文件过大或结构异常，已跳过」, and the archive stays usable.

const SKIPPED = /^文件过大或结构异常，已跳过/

function hostileDir(): string {
  const dir = tempDir()
  execFileSync('python3', [join(__dirname, '../../../../shared/tools/hostile_files.py'), dir])
  return dir
}

describe('hostile files', () => {
  it('skips each file of the hostile set with a Chinese message, and imports the rest', async () => {
    const { db } = openTestDb()
    const results = await importFiles(db, [hostileDir()])
    const outcome = Object.fromEntries(results.map((r) => [basename(r.path), r]))
    for (const name of ['styles-unclosed.docx', 'body-unclosed.docx', 'pages-20000.pdf']) {
      expect(outcome[name], name).toMatchObject({ status: 'failed', message: SKIPPED })
    }
    expect(outcome['nonchar.txt']?.status).toBe('imported')
  }, 120_000)

  it('caps what a zip bomb may inflate to', async () => {
    // 200 MB of zeros in a DOCX of a few hundred KB.
    const bomb = deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 })
    const dir = tempDir()
    const file = join(dir, 'bomb.docx')
    writeFileSync(file, zipWithDocument(bomb))
    const { db } = openTestDb()
    const [result] = await importFiles(db, [file])
    expect(result).toMatchObject({ status: 'failed', message: SKIPPED })
  }, 120_000)

  it('refuses text of a million short lines', async () => {
    const dir = tempDir()
    const file = join(dir, 'lines.txt')
    writeFileSync(file, '关于第1号建议的答复\n' + '一\n'.repeat(1_000_000))
    const { db } = openTestDb()
    const [result] = await importFiles(db, [file])
    expect(result).toMatchObject({ status: 'failed', message: SKIPPED })
  }, 120_000)

  it('still reads a DOCX with deeply nested but bounded markup', async () => {
    const nested = '<w:sdt><w:sdtContent>'.repeat(20)
    const close = '</w:sdtContent></w:sdt>'.repeat(20)
    const bytes = await docxWith(`${nested}<w:p><w:r><w:t>正文</w:t></w:r></w:p>${close}`)
    const dir = tempDir()
    writeFileSync(join(dir, 'nested.docx'), bytes)
    const { db } = openTestDb()
    const [result] = await importFiles(db, [join(dir, 'nested.docx')], { force: true })
    expect(result?.status).toBe('imported')
  }, 60_000)
})

/** A zip with one deflated word/document.xml entry. */
function zipWithDocument(deflated: Buffer): Buffer {
  const name = Buffer.from('word/document.xml')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(deflated.length, 18)
  local.writeUInt32LE(0xffffffff, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(deflated.length, 20)
  central.writeUInt32LE(0xffffffff, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(0, 42)
  const centralAt = local.length + name.length + deflated.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(centralAt, 16)
  return Buffer.concat([local, name, deflated, central, name, end])
}
