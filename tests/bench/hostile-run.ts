import { benchHostile } from './hostile'

// A process of its own, so the RSS measured is the hostile imports' alone.
benchHostile()
  .then((figures) => console.log(JSON.stringify(figures)))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  })
