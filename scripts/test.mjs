import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureDependencies, ensureRendererBuilt, npm, root, run } from './ensure-deps.mjs'

// Runs the unit suite (vitest) and the end-to-end suite (Playwright, browser mode) and prints one
// closing line that counts both: "N passed, N failed".

ensureDependencies()
process.env.REPLYDESK_REBUILD ??= '1'
ensureRendererBuilt()

const reports = join(root, 'test-results')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const unitReport = join(reports, 'unit.json')
const e2eReport = join(reports, 'e2e.json')

const extra = process.argv.slice(2)
const unitStatus = run(npm, [
  'exec',
  '--',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
  ...extra
])
const e2eStatus = run(npm, ['exec', '--', 'playwright', 'test'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }
})

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const unit = readJson(unitReport)
const e2e = readJson(e2eReport)
let passed = 0
let failed = 0
let skipped = 0
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
} else failed += 1
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
} else failed += 1
if ((unitStatus !== 0 || e2eStatus !== 0) && failed === 0) failed = 1

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
