import { ESLint } from 'eslint'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

// Each rule of docs/ARCHITECTURE.md's "may import" column, proven by linting a small file with the
// repository's own eslint.config.mjs: the forbidden import must be reported, an allowed one not.
// The files do not exist; their path places them in the tree, and the imports name real modules.

type Case = { file: string; code: string }
type Rule = { rule: string; forbidden: Case[]; allowed: Case[] }

const rules: Rule[] = [
  {
    rule: 'domain imports no services, store, host or export (an index import included)',
    forbidden: [
      { file: 'electron/domain/x.ts', code: "import { openServices } from '../services'" },
      {
        file: 'electron/domain/review/x.ts',
        code: "import { openServices } from '../../services'"
      },
      { file: 'electron/domain/x.ts', code: "import { openDatabase } from '../store/db'" },
      { file: 'electron/domain/x.ts', code: "import { createDispatch } from '../host/dispatch'" },
      { file: 'electron/domain/x.ts', code: "import { plainText } from '../export/plain-text'" }
    ],
    allowed: [
      { file: 'electron/domain/review/x.ts', code: "import { toChineseNumber } from '../numerals'" }
    ]
  },
  {
    rule: 'domain imports nothing from the contract, not even types',
    forbidden: [
      { file: 'electron/domain/x.ts', code: "import { REPLY_STATUSES } from '../contract/drafts'" },
      { file: 'electron/domain/x.ts', code: "import type { Draft } from '../contract/drafts'" }
    ],
    allowed: [
      {
        file: 'electron/contract/x.ts',
        code: "import { REPLY_STATUSES } from '../domain/review/status'"
      }
    ]
  },
  {
    rule: 'domain and contract import no Node, Electron, better-sqlite3 or React',
    forbidden: [
      { file: 'electron/domain/x.ts', code: "import { readFileSync } from 'node:fs'" },
      { file: 'electron/domain/x.ts', code: "import path from 'path'" },
      { file: 'electron/contract/x.ts', code: "import { createHash } from 'node:crypto'" },
      { file: 'electron/domain/x.ts', code: "import Database from 'better-sqlite3'" },
      { file: 'electron/domain/x.ts', code: "import { useState } from 'react'" }
    ],
    allowed: [{ file: 'electron/domain/x.ts', code: "import { z } from 'zod'" }]
  },
  {
    rule: 'store and import import no host and no services',
    forbidden: [
      { file: 'electron/store/x.ts', code: "import { createDispatch } from '../host/dispatch'" },
      { file: 'electron/store/x.ts', code: "import { openServices } from '../services'" },
      {
        file: 'electron/import/x.ts',
        code: "import { openServices } from '../services/index'"
      }
    ],
    allowed: [
      {
        file: 'electron/store/x.ts',
        code: "import { toChineseNumber } from '../domain/numerals'"
      }
    ]
  },
  {
    rule: 'store imports no LibreOffice and no import, and only types from the contract',
    forbidden: [
      { file: 'electron/store/x.ts', code: "import { findSoffice } from '../office/soffice'" },
      { file: 'electron/store/x.ts', code: "import { AppFailure } from '../contract/result'" },
      { file: 'electron/store/x.ts', code: "import { importFiles } from '../import/pipeline'" }
    ],
    allowed: [
      { file: 'electron/store/x.ts', code: "import { AppFailure } from '../domain/failure'" },
      { file: 'electron/store/x.ts', code: "import type { Draft } from '../contract/drafts'" },
      { file: 'electron/import/x.ts', code: "import { findSoffice } from '../office/soffice'" }
    ]
  },
  {
    rule: 'the host reaches the store and the import only through the services',
    forbidden: [
      { file: 'electron/host/x.ts', code: "import { openDatabase } from '../store/db'" },
      { file: 'electron/host/x.ts', code: "import { startupError } from '../store/open-errors'" },
      {
        file: 'electron/host/x.ts',
        code: "import { warmImportWorker } from '../import/worker-reader'"
      }
    ],
    allowed: [
      { file: 'electron/host/x.ts', code: "import { openServices } from '../services'" },
      { file: 'electron/host/x.ts', code: "import { READ_ONLY_MESSAGE } from '../domain/failure'" }
    ]
  },
  {
    rule: 'export imports no store or services, and only types from the contract',
    forbidden: [
      { file: 'electron/export/x.ts', code: "import { openDatabase } from '../store/db'" },
      { file: 'electron/export/x.ts', code: "import { AppFailure } from '../contract/result'" }
    ],
    allowed: [
      { file: 'electron/export/x.ts', code: "import type { FontStatus } from '../contract/app'" }
    ]
  },
  {
    rule: 'services import no host, main or renderer',
    forbidden: [
      { file: 'electron/services/x.ts', code: "import { createDispatch } from '../host/dispatch'" },
      {
        file: 'electron/services/x.ts',
        code: "import { formatDate } from '../../renderer/src/lib/format'"
      }
    ],
    allowed: [
      { file: 'electron/services/x.ts', code: "import { openDatabase } from '../store/db'" }
    ]
  },
  {
    rule: 'only main and preload import Electron',
    forbidden: [
      { file: 'electron/host/x.ts', code: "import { app } from 'electron'" },
      { file: 'electron/services/x.ts', code: "import type { BrowserWindow } from 'electron'" }
    ],
    allowed: [{ file: 'electron/main/x.ts', code: "import { app } from 'electron'" }]
  },
  {
    rule: 'only store imports better-sqlite3',
    forbidden: [{ file: 'electron/services/x.ts', code: "import Database from 'better-sqlite3'" }],
    allowed: [{ file: 'electron/store/x.ts', code: "import Database from 'better-sqlite3'" }]
  },
  {
    rule: 'the renderer imports no Node and no better-sqlite3',
    forbidden: [
      { file: 'renderer/src/lib/x.ts', code: "import Database from 'better-sqlite3'" },
      { file: 'renderer/src/features/home/x.tsx', code: "import { readFileSync } from 'node:fs'" },
      { file: 'renderer/src/app/x.tsx', code: "import { ipcRenderer } from 'electron'" }
    ],
    allowed: [
      { file: 'renderer/src/features/home/x.tsx', code: "import { useState } from 'react'" }
    ]
  },
  {
    rule: 'the renderer imports no store, services, host or main',
    forbidden: [
      {
        file: 'renderer/src/lib/x.ts',
        code: "import { openDatabase } from '../../../electron/store/db'"
      },
      {
        file: 'renderer/src/features/home/x.ts',
        code: "import { openServices } from '../../../../electron/services'"
      },
      {
        file: 'renderer/src/app/x.ts',
        code: "import { CONTENT_SECURITY_POLICY } from '../../../electron/host/csp'"
      }
    ],
    allowed: [
      {
        file: 'renderer/src/features/home/x.ts',
        code: "import { STATUS_LABELS } from '../../../../electron/domain/review/status'"
      }
    ]
  },
  {
    rule: 'the renderer takes only types from the contract',
    forbidden: [
      {
        file: 'renderer/src/lib/x.ts',
        code: "import { REPLY_STATUSES } from '../../../electron/contract/drafts'"
      }
    ],
    allowed: [
      {
        file: 'renderer/src/lib/x.ts',
        code: "import type { Draft } from '../../../electron/contract'"
      }
    ]
  },
  {
    rule: 'renderer lib imports no feature, app or editor',
    forbidden: [
      {
        file: 'renderer/src/lib/x.ts',
        code: "import { HomePage } from '../features/home/HomePage'"
      },
      { file: 'renderer/src/lib/x.ts', code: "import { App } from '../app/App'" }
    ],
    allowed: [
      { file: 'renderer/src/features/home/x.ts', code: "import { api } from '../../lib/api'" }
    ]
  },
  {
    rule: 'the back end imports nothing from the renderer, and the CLI only through its entry',
    forbidden: [
      { file: 'electron/host/x.ts', code: "import { runCli } from './cli/main'" },
      { file: 'electron/main/x.ts', code: "import { App } from '../../renderer/src/app/App'" }
    ],
    allowed: [{ file: 'electron/host/cli.ts', code: "import { runCli } from './cli/main'" }]
  }
]

let eslint: ESLint

// A relative import that names no file would be refused as unknown, which proves nothing.
function targetExists({ file, code }: Case): boolean {
  const source = /from '([^']+)'/.exec(code)?.[1] ?? ''
  if (!source.startsWith('.')) return true
  const base = join(dirname(file), source)
  return ['.ts', '.tsx', '/index.ts'].some((ending) => existsSync(base + ending))
}

async function importErrors({ file, code }: Case): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1\n`, { filePath: file })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((m) => m.message)
}

// Loading the config and its plugins takes seconds on a busy machine; keep that out of the cases.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() })
  await eslint.lintText('', { filePath: 'electron/domain/x.ts' })
}, 120_000)

describe('lint enforces the architecture', () => {
  for (const { rule, forbidden, allowed } of rules) {
    it(rule, async () => {
      for (const c of [...forbidden, ...allowed]) {
        expect(targetExists(c), `${c.file}: ${c.code}`).toBe(true)
      }
      for (const c of forbidden) {
        expect((await importErrors(c)).length, `${c.file}: ${c.code}`).toBe(1)
      }
      for (const c of allowed) {
        expect(await importErrors(c), `${c.file}: ${c.code}`).toEqual([])
      }
    })
  }
})
