import type { CliCommand } from './command'
import { exportCommand } from './commands/export'
import { listCommand } from './commands/list'
import { newCommand } from './commands/new'
import { parseCommand } from './commands/parse'
import { showCommand } from './commands/show'

export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  listCommand,
  showCommand,
  exportCommand,
  parseCommand
]
