import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/**
 * main: the Electron main process, plus the browser-mode server entry (plain Node, no Electron).
 * preload: CommonJS (.cjs), required for a sandboxed preload.
 * renderer: the React app, served by Electron or by the loopback server.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'src-main/electron/main.ts'),
          serve: resolve(__dirname, 'src-main/web/serve.ts'),
          // The worker threads' entry (src-main/workers/pool.ts finds it as out/main/workers.js).
          workers: resolve(__dirname, 'src-main/workers/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle what it imports.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
