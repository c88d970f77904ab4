import type { ParseArgsConfig } from 'node:util'
import type { Input, MethodName, Output } from '../../contract'
import type { OpenedServices } from '../../services'

export type CliContext = {
  dataDir: string
  /** Goes through the same validation as IPC and HTTP; throws CliError with the Chinese message. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>
  /** Opened on first use, so commands that need no archive (parse, lint of a file) touch no DB. */
  services(): OpenedServices
  progress(message: string): void
}

export type CliResult = { json: unknown; text: string }

export type CliCommand = {
  name: string
  summary: string
  usage: string
  options?: NonNullable<ParseArgsConfig['options']>
  run(
    args: {
      positionals: string[]
      values: Record<string, string | boolean | (string | boolean)[] | undefined>
    },
    ctx: CliContext
  ): Promise<CliResult>
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
  }
}

export function requirePositional(positionals: string[], index: number, what: string): string {
  const value = positionals[index]
  if (value === undefined) throw new CliError(`缺少参数：${what}。`, 2)
  return value
}

export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
