import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseReply } from '../../../electron/domain/parse'
import { composeFromParsed } from '../../../electron/domain/retypeset'
import { buildDocx } from '../../../electron/export/docx'
import { SEED_REPLIES, seedText } from '../../fixtures/seeds'
import { CORPUS, corpusText } from './parse/corpus'
import { fixtureJson, fixtureText } from './parse/fixtures'

// Every non-space character of the letter must come out of `retypeset` again, as often as it went
// in. The letter is the input less the page around it (the fixtures list that furniture: web
// metadata, running headers, page numbers), less table rules (|) that flattened web tables leave
// and less the ** marks that extraction writes around bold runs (they come out as bold).

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
}

function counts(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const c of text.replace(/[\s|｜*]/g, '')) out.set(c, (out.get(c) ?? 0) + 1)
  return out
}

/** The characters of `input` that `output` lacks, with how many are missing. */
function missing(input: string, output: string): string {
  const have = counts(output)
  return [...counts(input)]
    .filter(([c, n]) => (have.get(c) ?? 0) < n)
    .map(([c, n]) => `${c}×${n - (have.get(c) ?? 0)}`)
    .join(' ')
}

function letterOf(text: string, furniture: string[] = []): string {
  return furniture.reduce((t, f) => t.replace(f, ''), text)
}

const variants = fixtureJson<{ file: string; furniture?: string[] }[]>('variants', 'expected.json')
type Case = [file: string, text: string, furniture: string[] | undefined]
const CASES: Case[] = [
  ...CORPUS.map((e): Case => [e.file, corpusText(e.file), e.furniture]),
  ...variants.map((v): Case => [v.file, fixtureText('variants', v.file), v.furniture]),
  ...SEED_REPLIES.map((f): Case => [f, seedText(f), undefined])
]

describe('retypeset loses nothing of the letter', () => {
  it('lists furniture that is really in each corpus file', () => {
    for (const entry of CORPUS) {
      for (const f of entry.furniture ?? []) expect(corpusText(entry.file)).toContain(f)
    }
  })

  it.each(CASES)('%s', async (_file, text, furniture) => {
    const parsed = parseReply(text)
    const composed = composeFromParsed(parsed)
    expect(composed.title.trim()).not.toBe('')
    const out = await docxText(await buildDocx(composed))
    expect(missing(letterOf(text, furniture), out)).toBe('')
  })
})
