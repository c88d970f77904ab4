import boundaries from 'eslint-plugin-boundaries'

// The "may import" column of docs/ARCHITECTURE.md, as lint rules. Anything not allowed here is an
// error, so a new arrow between folders is a decision made in this file and in that table.

const folder = (type, pattern, extra = {}) => ({ type, pattern, partialMatch: false, ...extra })

const elements = [
  folder('domain', 'electron/domain'),
  folder('contract', 'electron/contract'),
  folder('store', 'electron/store'),
  folder('import', 'electron/import'),
  folder('export', 'electron/export'),
  folder('office', 'electron/office'),
  folder('services', 'electron/services'),
  folder('cli', 'electron/host/cli'),
  folder('host', 'electron/host'),
  folder('main', 'electron/main'),
  folder('preload', 'electron/preload'),
  folder('renderer-lib', 'renderer/src/lib'),
  folder('renderer-ui', 'renderer/src/ui'),
  folder('renderer-editor', 'renderer/src/editor'),
  folder('renderer-feature', 'renderer/src/features/*', { capture: ['feature'] }),
  folder('renderer-app', 'renderer/src/app'),
  // Only renderer/src/main.tsx is left for this one: the folders above are matched first.
  folder('renderer-entry', 'renderer/src')
]

const rendererTypes = [
  'renderer-lib',
  'renderer-ui',
  'renderer-editor',
  'renderer-feature',
  'renderer-app',
  'renderer-entry'
]

const from = (...types) => ({ element: { types: types.length === 1 ? types[0] : types } })
const elementsOf = (...types) => ({
  to: { element: { types: types.length === 1 ? types[0] : types } }
})
const typesOnly = (...types) => ({ ...elementsOf(...types), dependency: { kind: 'type' } })
const packages = (...names) => ({ to: { module: { origin: 'external', source: names } } })
const nodeBuiltins = { to: { module: { origin: 'core' } } }

/** @type {import('eslint-plugin-boundaries').DependenciesPolicy[]} */
const policies = [
  // Third-party packages and Node are allowed unless a policy further down forbids them.
  { allow: [{ to: { module: { origin: ['external', 'core'] } } }] },

  { from: from('domain'), allow: elementsOf('domain') },
  { from: from('contract'), allow: elementsOf('contract', 'domain') },
  // The store keeps data: no LibreOffice, and from the contract only the shapes it returns.
  { from: from('store'), allow: [elementsOf('store', 'domain'), typesOnly('contract')] },
  {
    from: from('import'),
    allow: [elementsOf('import', 'store', 'domain', 'office'), typesOnly('contract')]
  },
  { from: from('export'), allow: [elementsOf('export', 'domain'), typesOnly('contract')] },
  { from: from('office'), allow: elementsOf('office') },
  {
    from: from('services'),
    allow: elementsOf('services', 'store', 'import', 'export', 'office', 'domain', 'contract')
  },
  // The transports reach the store and the import only through the services.
  { from: from('host'), allow: elementsOf('host', 'services', 'contract', 'domain') },
  // electron/host/cli.ts is the CLI's entry point (the bundle's input), not part of the host.
  { from: { element: { type: 'host', fileInternalPath: 'cli.ts' } }, allow: elementsOf('cli') },
  // The CLI's file commands (parse, lint, retypeset, templates) run without opening the database or
  // loading the services, so they use import, export and the store's template folder directly; its
  // main reads the data folder's set-aside log and finds LibreOffice in the environment it is given.
  {
    from: from('cli'),
    allow: elementsOf(
      'cli',
      'host',
      'services',
      'store',
      'import',
      'export',
      'office',
      'domain',
      'contract'
    )
  },
  { from: from('main'), allow: elementsOf('main', 'host', 'services', 'contract') },
  { from: from('preload'), allow: elementsOf('preload', 'contract') },

  // The renderer: values from the pure domain, only types from the contract; inside, lib and ui
  // know no screen.
  { from: from(...rendererTypes), allow: [elementsOf('domain'), typesOnly('contract')] },
  { from: from('renderer-lib'), allow: elementsOf('renderer-lib') },
  { from: from('renderer-ui'), allow: elementsOf('renderer-ui', 'renderer-lib') },
  {
    from: from('renderer-editor'),
    allow: elementsOf('renderer-editor', 'renderer-ui', 'renderer-lib')
  },
  {
    from: from('renderer-feature'),
    allow: elementsOf(
      'renderer-feature',
      'renderer-app',
      'renderer-editor',
      'renderer-ui',
      'renderer-lib'
    )
  },
  { from: from('renderer-app', 'renderer-entry'), allow: elementsOf(...rendererTypes) },

  {
    from: from('domain', 'contract'),
    disallow: [nodeBuiltins, packages('electron', 'better-sqlite3', 'react', 'react-dom')],
    message: '纯领域代码与契约不得依赖 Node、Electron、SQLite 或 React。'
  },
  {
    from: from(...rendererTypes),
    disallow: [nodeBuiltins, packages('electron', 'better-sqlite3')],
    message: '渲染进程不得引用 Node 内置模块、Electron 或 better-sqlite3。'
  },
  {
    from: { element: { types: { noneOf: ['main', 'preload'] } } },
    disallow: packages('electron'),
    message: '只有 electron/main 与 electron/preload 可以引用 Electron。'
  },
  {
    from: { element: { types: { noneOf: ['store'] } } },
    disallow: packages('better-sqlite3'),
    message: '只有 electron/store 可以引用 better-sqlite3。'
  }
]

export default [
  {
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } }
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          message:
            '{{from.type}} 不得引用“{{dependency.source}}”（见 docs/ARCHITECTURE.md 的 may import 一栏）。',
          policies
        }
      ]
    }
  }
]
