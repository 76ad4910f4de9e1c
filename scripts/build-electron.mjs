// Builds the main process, the preload and the vault worker with esbuild.
// Why esbuild and not electron-vite: three small Node entry points need no plugin system,
// and a plain script keeps the security-relevant output (CommonJS preload for the sandbox,
// externals that must stay native) visible in one page.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');
const production = process.env.NODE_ENV !== 'development';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'inline',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

// `--only=worker` (used by the unit-test setup) builds just the named bundles.
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const targets = {
  main: () =>
    build({
      ...common,
      entryPoints: { main: path.join(root, 'electron/main/index.ts') },
      outdir,
      outExtension: { '.js': '.cjs' },
      // Native module and the runtime itself stay outside the bundle.
      external: ['electron', 'better-sqlite3'],
      // pdfExport.ts anchors require() at import.meta.url, which a CommonJS bundle leaves empty;
      // it falls back to __filename on purpose, so esbuild's warning about that is not news.
      logOverride: { 'empty-import-meta': 'silent' },
    }),
  preload: () =>
    build({
      ...common,
      // A sandboxed preload must be one CommonJS file that requires only 'electron'.
      entryPoints: { preload: path.join(root, 'electron/preload/index.ts') },
      outdir,
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
      platform: 'browser',
      format: 'cjs',
      target: 'chrome130',
    }),
  worker: () =>
    build({
      ...common,
      entryPoints: { vaultWorker: path.join(root, 'electron/core/vault/vaultWorker.ts') },
      outdir,
      outExtension: { '.js': '.cjs' },
      external: ['better-sqlite3'],
    }),
};

const selected = only ?? Object.keys(targets);
for (const name of selected) {
  if (!(name in targets))
    throw new Error(`unknown bundle "${name}" (known: ${Object.keys(targets).join(', ')})`);
}
await Promise.all(selected.map((name) => targets[name]()));
