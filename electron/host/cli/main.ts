import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { READ_ONLY_MESSAGE } from '../../domain/failure'
import { pendingSetAsides, setAsideMessage } from '../../store/set-aside-log'
import { findSoffice } from '../../office/soffice'
import type { OpenedServices } from '../../services'
import { defaultDataDir } from '../data-dir'
import { appVersion, projectRoot } from '../paths'
import { CliError, type CliCommand, type CliContext } from './command'
import { COMMANDS } from './registry'

const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    '建议提案答复助手 命令行',
    '',
    '用法：npm run cli -- <命令> [参数] [--json] [--data-dir <文件夹>]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '每个命令的详细用法：npm run cli -- <命令> --help'
  ].join('\n')
}

export type CliIo = { stdout: (s: string) => void; stderr: (s: string) => void }

export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText())
    return name ? 0 : 2
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr(`未知的命令：${name}。运行 npm run cli -- --help 查看可用命令。`)
    return 2
  }
  let opened: Promise<OpenedServices> | undefined
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true
    })
    if (values.help) {
      io.stdout(`${command.summary}\n\n用法：npm run cli -- ${command.usage}`)
      return 0
    }
    const dataDir =
      typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir(env)
    const ctx = cliContext(dataDir, io, () => (opened ??= openCliServices(dataDir, env, io)))
    const result = await command.run({ positionals, values }, ctx)
    io.stdout(values.json ? JSON.stringify(result.json, null, 2) : result.text)
    return result.exitCode ?? 0
  } catch (e) {
    io.stderr(describe(e, command))
    return e instanceof CliError ? e.exitCode : 1
  } finally {
    if (opened) (await opened.catch(() => null))?.close()
  }
}

// The services, the contract's schemas and the archive are loaded on first use: commands that read
// a file (parse, lint) start without them. A damaged archive set aside (now or at an earlier start)
// is said on stderr until dismissed.
async function openCliServices(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  io: CliIo
): Promise<OpenedServices> {
  const { openServices } = await import('../../services')
  const root = projectRoot()
  const services = openServices({
    dataDir,
    soffice: () => findSoffice(env),
    mode: 'cli',
    version: appVersion(root),
    templatesDir: join(root, 'templates')
  })
  for (const entry of pendingSetAsides(dataDir)) io.stderr(`注意：${setAsideMessage(entry)}`)
  if (services.ctx.readOnly) io.stderr(`注意：${READ_ONLY_MESSAGE}`)
  return services
}

function cliContext(
  dataDir: string,
  io: CliIo,
  services: () => Promise<OpenedServices>
): CliContext {
  return {
    dataDir,
    services,
    progress: (message) => io.stderr(message),
    async call(method, input) {
      const { createDispatch } = await import('../dispatch')
      const dispatch = createDispatch((await services()).handlers, (e) => io.stderr(String(e)))
      const result = await dispatch(method, input)
      if (!result.ok) throw new CliError(result.error.message)
      return result.value as never
    }
  }
}

function describe(e: unknown, command: CliCommand): string {
  if (e instanceof CliError)
    return e.exitCode === 2 ? `${e.message}\n用法：npm run cli -- ${command.usage}` : e.message
  const code = (e as { code?: string } | null)?.code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `参数有误：${(e as Error).message}\n用法：npm run cli -- ${command.usage}`
  }
  if (code === 'ENOENT') return `找不到文件：${(e as { path?: string }).path ?? ''}`
  return `出错了：${e instanceof Error ? e.message : String(e)}`
}
