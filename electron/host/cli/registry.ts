import type { CliCommand } from './command'
import { exportCommand } from './commands/export'
import { lintCommand } from './commands/lint'
import { listCommand } from './commands/list'
import { newCommand } from './commands/new'
import { parseCommand } from './commands/parse'
import { showCommand } from './commands/show'
import { templatesCommand } from './commands/templates'

export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  listCommand,
  showCommand,
  exportCommand,
  parseCommand,
  templatesCommand
]
