import { benchHostMemory } from './host-memory'

// A process of its own, so the RSS read is the host's alone.
benchHostMemory()
  .then((figures) => console.log(JSON.stringify(figures)))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  })
