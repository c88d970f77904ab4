import { benchArchive } from './archive'

// Run as a process of its own so its RSS is the archive's alone, not the other benches' leftovers.
benchArchive()
  .then((figures) => console.log(JSON.stringify(figures)))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  })
