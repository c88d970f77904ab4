import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import type { Input, MethodName, Output } from '../../contract'
import type { OpenedServices } from '../../services'

export type CliContext = {
  dataDir: string
  /** Goes through the same validation as IPC and HTTP; throws CliError with the Chinese message. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>
  /**
   * Opened (and loaded) on first use, so commands that need no archive (parse, lint of a file)
   * neither touch the DB nor load the services' code.
   */
  services(): Promise<OpenedServices>
  progress(message: string): void
}

/** exitCode: non-zero when part of the work failed but the rest is still printed */
export type CliResult = { json: unknown; text: string; exitCode?: number }

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

/**
 * Where a command may write its output: never over a file it reads, and over an existing file
 * only with --force.
 */
export function outputPath(
  output: string | undefined,
  force: unknown,
  inputs: readonly string[] = []
): string {
  if (!output) throw new CliError('请用 -o 指定输出的文件名。', 2)
  const path = resolve(output)
  if (inputs.some((input) => resolve(input) === path)) {
    throw new CliError(`输出文件不能与输入文件相同：${path}。请换一个文件名。`, 2)
  }
  if (force !== true && existsSync(path)) {
    throw new CliError(`文件已存在：${path}。如要覆盖，请加 --force。`, 2)
  }
  return path
}
