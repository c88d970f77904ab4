import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { builtinModules } from 'node:module'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

// Process boundaries (docs/ARCHITECTURE.md): pure code imports no platform; the renderer reaches
// the rest of the app only through the contract's types and the pure domain.
const pureCodePaths = [
  { name: 'electron', message: '纯领域代码不得依赖 Electron。' },
  { name: 'react', message: '纯领域代码不得依赖 React。' },
  ...nodeBuiltins.map((name) => ({ name, message: '纯领域代码不得依赖 Node 内置模块。' }))
]
const layerPatterns = {
  group: ['**/archive/**', '**/services/**', '**/host/**', '**/export/**', '**/main/**']
}
const pureCodeBans = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { paths: pureCodePaths, patterns: [layerPatterns, ...patterns] }
  ]
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/artifacts/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The ideographic space (U+3000) is part of official Chinese layout inside strings.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }]
    }
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: pureCodeBans()
  },
  {
    // The contract is built from the domain, never the other way round.
    files: ['electron/domain/**/*.ts'],
    rules: pureCodeBans({
      group: ['**/contract', '**/contract/**'],
      message: '领域代码不得引用 electron/contract：契约由领域构成，而非相反。'
    })
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: '只有 electron/main 与 electron/preload 可以引用 Electron。'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: '渲染进程不得引用 Electron。' },
            ...nodeBuiltins.map((name) => ({ name, message: '渲染进程不得引用 Node 内置模块。' }))
          ],
          patterns: [
            {
              // The pure domain (lint-pure, in the web tsconfig) is shared so a rule or a word exists once.
              group: ['**/electron/*', '!**/electron/contract', '!**/electron/domain'],
              message: '渲染进程只能引用 electron/contract 的类型与 electron/domain 的纯规则。'
            },
            {
              group: ['**/electron/contract', '**/electron/contract/**'],
              allowTypeImports: true,
              message: '渲染进程只能引用契约中的类型。'
            }
          ]
        }
      ]
    }
  },
  prettier
)
