import { mkdirSync } from 'node:fs'
import { SAMPLES } from './tests/fixtures/export/samples'
import { buildDocx } from './electron/export/docx'
import { renderCopy, convertToPdf, pdfWords, lineBottoms, writeDocx, PT_PER_MM } from './tests/unit/export/render-helpers'
async function main() {
  const dir = '/tmp/cal'; mkdirSync(dir, { recursive: true })
  const names = Object.keys(SAMPLES)
  for (const [name, make] of Object.entries(SAMPLES)) writeDocx(dir, name, await renderCopy(await buildDocx(make())))
  const t = Date.now(); convertToPdf(dir, names); console.log('convert', Date.now() - t)
  for (const name of names) {
    const pages = pdfWords(`${dir}/${name}.pdf`)
    console.log('==', name, pages.length, 'pages')
    pages.forEach((p, i) => {
      const lines = lineBottoms(p.words.filter(w => w.yMax < 262 * PT_PER_MM + 3))
      const foot = p.words.filter(w => w.yMin > 262 * PT_PER_MM)
      console.log(`p${i+1} lines=${lines.length} first=${(lines[0]!/PT_PER_MM).toFixed(1)}mm last=${(lines.at(-1)!/PT_PER_MM).toFixed(1)}mm`, 'diffs', [...new Set(lines.slice(1).map((y, k) => (y - lines[k]!).toFixed(1)))].join(','), 'foot:', foot.map(w => `${w.text}@x${(w.xMin/PT_PER_MM).toFixed(1)}-${(w.xMax/PT_PER_MM).toFixed(1)} y${(w.yMin/PT_PER_MM).toFixed(1)}-${(w.yMax/PT_PER_MM).toFixed(1)}`).join(' '))
      if (i === 0) for (const w of p.words.slice(0, 14)) console.log('   ', w.text, 'x', (w.xMin/PT_PER_MM).toFixed(1), (w.xMax/PT_PER_MM).toFixed(1), 'y', (w.yMin/PT_PER_MM).toFixed(1), (w.yMax/PT_PER_MM).toFixed(1))
    })
  }
}
main()
