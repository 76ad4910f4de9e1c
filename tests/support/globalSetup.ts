import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRIPWIRE = path.join(ROOT, 'tests/support/networkTripwire.cjs');

/**
 * Before any unit test:
 * - builds the vault worker bundle (the core runs the vault in a worker thread loaded from
 *   dist/electron/vaultWorker.cjs, exactly as the app does);
 * - arms the network tripwire for every process of the run: NODE_OPTIONS carries it into the
 *   test workers, their worker threads and any child process, and every attempt is recorded in
 *   one report file that the teardown checks — so an attempt fails the run even if the code
 *   that made it swallowed the error.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs'), '--only=worker'], {
    cwd: ROOT,
    stdio: 'inherit',
  });

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-tripwire-'));
  const report = path.join(scratch, 'report.txt');
  fs.writeFileSync(report, '');
  process.env.ALCOVE_TRIPWIRE_REPORT = report;
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(TRIPWIRE)}`]
    .filter(Boolean)
    .join(' ');

  return function teardown() {
    const attempts = fs.readFileSync(report, 'utf8').trim();
    fs.rmSync(scratch, { recursive: true, force: true });
    if (attempts) {
      // vitest reports a teardown error but keeps its exit status: set it ourselves.
      process.exitCode = 1;
      throw new Error(`The network tripwire caught outbound attempts during the unit tests:\n${attempts}`);
    }
  };
}
