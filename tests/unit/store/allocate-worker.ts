import { openDatabase } from '../../../electron/store/db'
import { allocateDocNumber } from '../../../electron/store/register-repo'

// Run by register-repo.test.ts as separate processes: each allocates numbers for its own replies
// on its own connection to the same file, as two windows or two PCs would. All start at the same
// moment so their transactions overlap.
const [file, ids, startAt] = process.argv.slice(2)
const db = openDatabase(file!)
const wait = Number(startAt) - Date.now()
if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait)
const numbers = ids!.split(',').map((id) => allocateDocNumber(db, '渌卫复', 2025, id).n)
db.close()
process.stdout.write(JSON.stringify(numbers))
