/**
 * Child process for the crash-safety test: opens (or creates) a vault and writes entries in a
 * loop, printing "ack <id> <n>" only after each write has been acknowledged by the core. The
 * parent kills it with SIGKILL at a random moment.
 */
import { createCore } from '../../../electron/core/createCore';
import { dispatch } from '../../../electron/core/dispatch';
import { WORKER_PATH } from './coreHarness';
import { folderDialogs } from '../../bridge/folderDialogs';

const [dataDir, passphrase, mode] = process.argv.slice(2) as [string, string, 'create' | 'open'];
const core = createCore({
  dataDir,
  workerPath: WORKER_PATH,
  kdfProfile: 'floor',
  emit: () => {},
  dialogs: folderDialogs(`${dataDir}-files`),
});

const opened =
  mode === 'create'
    ? await dispatch(core.handlers, 'vault:create', { passphrase })
    : await dispatch(core.handlers, 'vault:unlock', { method: 'passphrase', passphrase });
if (!opened.ok) {
  process.stderr.write(`open failed: ${opened.error.code}\n`);
  process.exit(2);
}
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const body = `entry ${n} `.repeat(50 + (n % 400));
  const result = await dispatch(core.handlers, 'entries:create', { title: `t${n}`, body });
  if (!result.ok) {
    process.stderr.write(`write failed: ${result.error.code}\n`);
    process.exit(3);
  }
  const id = (result.value as { id: string }).id;
  process.stdout.write(`ack ${id} ${n}\n`);
}
