// ESLint flat config. Besides the usual checks it enforces the architecture (STYLE.md,
// SECURITY.md): what each layer may import is a lint error, not a convention, and
// tests/tooling/layering.test.ts proves each rule bites on a deliberately wrong import.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises'].flatMap(
  (m) => [m, `node:${m}`],
);
const networkGlobals = ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource'].map((name) => ({
  name,
  message:
    'Alcove makes no network calls (SECURITY.md): nothing leaves the machine unless the user exports it.',
}));

const SODIUM = {
  name: 'libsodium-wrappers-sumo',
  message: 'Only electron/core/crypto/sodium.ts imports libsodium: use its typed surface.',
};
const NON_SUMO = {
  name: 'libsodium-wrappers',
  message: 'The standard libsodium build lacks Argon2id; use electron/core/crypto/sodium.ts (sumo build).',
};
const NETWORK = networkModules.map((name) => ({
  name,
  message:
    'Alcove makes no network calls (SECURITY.md): nothing leaves the machine unless the user exports it.',
}));

/** What each layer may not import, with the reason shown to whoever trips it. */
export const layerRules = {
  shared: {
    paths: [
      ...nodeBuiltins.map((name) => ({
        name,
        message:
          'shared/ is environment-neutral: it runs in Node, Electron and the browser alike. No Node built-ins.',
      })),
      { name: 'electron', message: 'shared/ is environment-neutral: no Electron.' },
      SODIUM,
      NON_SUMO,
    ],
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**', '../electron', '../renderer'],
        message: 'shared/ depends on nothing: electron/ and renderer/ depend on it, not the reverse.',
      },
    ],
  },
  core: {
    paths: [
      {
        name: 'electron',
        message:
          'electron/core/ is plain Node so it runs under vitest and the test bridge: only electron/main and the preload import Electron.',
      },
      SODIUM,
      NON_SUMO,
      ...NETWORK,
    ],
    patterns: [{ group: ['**/renderer/**'], message: 'The core never reaches into the renderer.' }],
  },
  adapter: {
    paths: [NON_SUMO, SODIUM, ...NETWORK],
    patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports renderer code.' }],
  },
  renderer: {
    paths: [
      {
        name: 'electron',
        message:
          'The renderer is untrusted and sandboxed: it reaches the core only through window.alcove (shared/ipc/contract.ts).',
      },
      ...nodeBuiltins.map((name) => ({
        name,
        message: 'The renderer runs in a sandboxed browser page: no Node built-ins.',
      })),
      SODIUM,
      NON_SUMO,
    ],
    patterns: [
      {
        group: ['**/electron/**', '../electron', '../../electron'],
        message:
          'The renderer reaches the core only through window.alcove (shared/ipc/contract.ts), never by import.',
      },
    ],
  },
};

const browserOnlyGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/layering/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', layerRules.shared],
      'no-restricted-globals': [
        'error',
        ...[...browserOnlyGlobals, 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'shared/ is environment-neutral: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', layerRules.core],
      'no-restricted-globals': ['error', ...networkGlobals],
    },
  },
  {
    files: ['electron/core/crypto/sodium.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...layerRules.core, paths: layerRules.core.paths.filter((p) => p !== SODIUM) },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', layerRules.adapter],
      'no-restricted-globals': ['error', ...networkGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', layerRules.renderer],
    },
  },
  {
    files: [
      'tests/**/*.{ts,tsx}',
      'scripts/**/*.{js,mjs}',
      '*.config.{js,ts,cjs}',
      'build/**/*.cjs',
      'tests/**/*.cjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
