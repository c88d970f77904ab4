import { describe, expect, it } from 'vitest'
import {
  batchesOf,
  tooLarge,
  uploadsFor,
  type PickedFile
} from '../../../renderer/src/features/archive/import-files'

const MB = 1024 * 1024
const file = (path: string, size = 1000): PickedFile => ({
  name: path.slice(path.lastIndexOf('/') + 1),
  size,
  webkitRelativePath: path.includes('/') ? path : ''
})

describe('uploadsFor', () => {
  it('names files by their path in the chosen folder, drops lock and hidden files, sorts in pinyin order', () => {
    const uploads = uploadsFor([
      file('2024答复/第68号.docx'),
      file('2024答复/~$第68号.docx'),
      file('2024答复/.DS_Store'),
      file('2024答复/.cache/x.txt'),
      file('2024答复/第17号.PDF'),
      file('2024答复/清单.xlsx')
    ])
    expect(uploads.map((u) => [u.name, u.send])).toEqual([
      ['2024答复/第17号.PDF', true],
      ['2024答复/第68号.docx', true],
      ['2024答复/清单.xlsx', false]
    ])
  })

  it('keeps the end of a path longer than the archive takes', () => {
    const long = `${'很长的文件夹名/'.repeat(40)}答复.txt`
    const [upload] = uploadsFor([file(long)])
    expect(upload?.name.length).toBe(255)
    expect(upload?.name.endsWith('/答复.txt')).toBe(true)
  })
})

describe('batchesOf', () => {
  it('splits at 200 files', () => {
    const uploads = uploadsFor(Array.from({ length: 450 }, (_, i) => file(`d/${i}.txt`)))
    expect(batchesOf(uploads).map((b) => b.length)).toEqual([200, 200, 50])
  })

  it('splits before 40 MB of bytes and leaves out files over 50 MB', () => {
    const uploads = uploadsFor([
      file('d/a.pdf', 30 * MB),
      file('d/b.pdf', 15 * MB),
      file('d/c.pdf', 60 * MB),
      file('d/d.mp4', 900 * MB),
      file('d/e.txt', 1 * MB)
    ])
    expect(batchesOf(uploads).map((b) => b.map((u) => u.name))).toEqual([
      ['d/a.pdf'],
      ['d/b.pdf', 'd/d.mp4', 'd/e.txt']
    ])
    expect(uploads.filter(tooLarge).map((u) => u.name)).toEqual(['d/c.pdf'])
  })
})
