import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the vault worker bundle once before any unit test: the core runs the vault in a
 * worker thread loaded from dist/electron/vaultWorker.cjs, exactly as the app does.
 */
export default function buildVaultWorker(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--only=worker'], {
    cwd: root,
    stdio: 'inherit',
  });
}
