import { runCli } from './cli/main'

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`)
}).then((code) => {
  process.exitCode = code
})
