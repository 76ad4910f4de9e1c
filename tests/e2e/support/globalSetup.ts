import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The browser tests run the built app; fail at once, and say how to fix it, when it is not built. */
export default function requireBuild(): void {
  const missing = ['dist/renderer/index.html', 'dist/electron/vaultWorker.cjs'].filter(
    (file) => !fs.existsSync(path.join(REPO_ROOT, file)),
  );
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need a build, and ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.\n` +
        'Run `npm run build` first (`npm test` does it for you).',
    );
  }
}
