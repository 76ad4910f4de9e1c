/**
 * Runs the loopback bridge as a child process (Playwright fixtures, `npm run preview`):
 *   node --import tsx tests/bridge/main.ts --data-dir DIR --host test|preview
 *     [--renderer-dir DIR] [--kdf floor|calibrated] [--port N] [--dialog-dir DIR] [--exit-on-stdin-close]
 * Prints exactly one JSON line {"url","origin","token"} on stdout once ready; stops cleanly
 * (vault locked, worker terminated) on SIGTERM or SIGINT. With --exit-on-stdin-close it also
 * stops when its parent goes away, so a crashed test runner leaves no orphan behind.
 */
import { parseArgs } from 'node:util';
import { startBridge, type BridgeHost } from './server';
import type { KdfProfile } from '../../electron/core/vault/kdfCalibration';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    host: { type: 'string', default: 'test' },
    'renderer-dir': { type: 'string' },
    kdf: { type: 'string' },
    port: { type: 'string', default: '0' },
    'dialog-dir': { type: 'string' },
    'exit-on-stdin-close': { type: 'boolean', default: false },
  },
  strict: true,
});

function usage(message: string): never {
  process.stderr.write(`bridge: ${message}\n`);
  process.exit(2);
}

const dataDir = values['data-dir'] ?? usage('--data-dir is required');
const host = values.host;
if (host !== 'test' && host !== 'preview') usage('--host must be test or preview');
const kdf = values.kdf;
if (kdf !== undefined && kdf !== 'floor' && kdf !== 'calibrated') usage('--kdf must be floor or calibrated');
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be a port number');

const bridge = await startBridge({
  dataDir,
  host: host satisfies BridgeHost,
  port,
  ...(values['renderer-dir'] === undefined ? {} : { rendererDir: values['renderer-dir'] }),
  ...(kdf === undefined ? {} : { kdfProfile: kdf satisfies KdfProfile }),
  ...(values['dialog-dir'] === undefined ? {} : { dialogDir: values['dialog-dir'] }),
});
process.stdout.write(`${JSON.stringify({ url: bridge.url, origin: bridge.origin, token: bridge.token })}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await bridge.stop();
    process.exit(0);
  } catch {
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
if (values['exit-on-stdin-close']) {
  process.stdin.on('end', () => void stop());
  process.stdin.on('error', () => void stop());
  process.stdin.resume();
}
