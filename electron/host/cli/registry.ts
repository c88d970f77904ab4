import type { CliCommand } from './command'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { itemsCommand } from './commands/items'
import { lintCommand } from './commands/lint'
import { listCommand } from './commands/list'
import { newCommand } from './commands/new'
import { pagesCommand } from './commands/pages'
import { parseCommand } from './commands/parse'
import { searchCommand } from './commands/search'
import { retypesetCommand } from './commands/retypeset'
import { showCommand } from './commands/show'
import { templatesCommand } from './commands/templates'

export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  listCommand,
  showCommand,
  exportCommand,
  pagesCommand,
  parseCommand,
  importCommand,
  searchCommand,
  templatesCommand,
  lintCommand,
  retypesetCommand,
  itemsCommand
]
