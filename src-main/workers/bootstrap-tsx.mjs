// Worker entry when the app runs from its TypeScript sources (tsx, vitest): loads entry.ts through
// tsx's loader in this thread. The electron-vite build starts out/main/workers.js directly instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./entry.ts', import.meta.url);
