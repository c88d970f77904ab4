import { writeFileSync, mkdirSync } from 'node:fs'
import { SAMPLES } from './tests/fixtures/export/samples'
import { buildDocx } from './electron/export/docx'
async function main() {
  mkdirSync('/tmp/out', { recursive: true })
  for (const [name, make] of Object.entries(SAMPLES)) {
    const r = make()
    if (name === 'lukou') console.log(JSON.stringify(r.body.blocks.map(b => b.type === 'heading' ? 'H' + b.level + ':' + b.runs.map(x=>x.text).join('') : b.type + ':' + (b.type==='paragraph'? b.runs.map(x=>x.text).join('').slice(0,20):'')), null, 0), r.opening, r.closing)
    if (name === 'yueyang') console.log(JSON.stringify(r.body.blocks.filter(b=>b.type==='paragraph' && b.runs.some(x=>x.bold)).length), r.opening[0]?.slice(0,30), r.closing)
    if (name === 'xianning') console.log(r.body.blocks.length, r.opening, r.closing)
    const t = Date.now()
    const bytes = await buildDocx(r)
    console.log(name, bytes.length, Date.now() - t, 'ms')
    writeFileSync(`/tmp/out/${name}.docx`, bytes)
  }
}
main()
