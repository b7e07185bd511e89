import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'zlib'];

/** Layering of DESIGN.md, enforced: shared is pure, the renderer never reaches main, only services touch the store. */
const layer = (files, patterns, message, extra = {}) => ({
  files,
  ...extra,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'release/**', 'test-results/**', 'screenshots/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(
    ['src-shared/**/*.ts'],
    [...NODE_MODULES, 'electron', 'better-sqlite3', 'kysely', 'react', 'react-dom', '**/src-main/**', '**/src-renderer/**'],
    'src-shared is pure TypeScript: no Node, no DOM, no Electron, no store, no UI.',
  ),
  layer(
    ['src-renderer/**/*.{ts,tsx}'],
    [...NODE_MODULES, 'electron', 'better-sqlite3', 'kysely', '**/src-main/**'],
    'The renderer talks to the main process through the command contract only.',
  ),
  layer(
    ['src-main/**/*.ts'],
    ['**/store/*', '**/store/**'],
    'Only src-main/services (and the store itself) may use the store.',
    { ignores: ['src-main/services/**', 'src-main/store/**'] },
  ),
);
