import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Imports read files on a worker thread (import/worker-reader.ts) from this file.
          'read-worker': resolve(__dirname, 'electron/import/read-worker.ts')
        },
        // Native module: its require() must stay untouched and the .node file is unpacked from asar.
        external: ['better-sqlite3', 'pdfjs-dist']
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts') }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: { '@renderer': resolve(__dirname, 'renderer/src') } },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') }
    }
  }
})
