import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRIPWIRE = path.join(ROOT, 'tests/support/networkTripwire.cjs');
// A documentation address (RFC 5737): never routed, and never reached — the wire trips first.
const OUTSIDE = '192.0.2.10';

/** A report file of this test's own, so deliberate trips do not fail the whole run. */
function ownReport(): { file: string; lines: () => string[] } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-tw-')), 'report.txt');
  return { file, lines: () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : []) };
}

const runReport = process.env.ALCOVE_TRIPWIRE_REPORT;
afterEach(() => {
  process.env.ALCOVE_TRIPWIRE_REPORT = runReport;
});

describe('the network tripwire', () => {
  it('is armed in this test process and stops TCP, DNS, UDP and fetch before anything leaves', async () => {
    const report = ownReport();
    process.env.ALCOVE_TRIPWIRE_REPORT = report.file;
    expect(() => net.connect(80, OUTSIDE)).toThrow(
      /network tripwire: attempted connection to 192\.0\.2\.10:80/,
    );
    expect(() => dns.lookup('example.com', () => {})).toThrow(/DNS lookup of example\.com/);
    await expect(dns.promises.resolve4('example.org')).rejects.toThrow(/DNS lookup of example\.org/);
    const udp = dgram.createSocket('udp4');
    expect(() => udp.send('x', 53, '9.9.9.9')).toThrow(/UDP datagram to 9\.9\.9\.9/);
    udp.close();
    await expect(fetch('https://example.com/')).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/connection to example\.com:443/) }),
    });
    expect(report.lines()).toHaveLength(5);
  });

  it('lets loopback through: the bridge and the test runner need it', async () => {
    const server = net.createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('data', (data) => resolve(data.toString()));
      socket.on('error', reject);
    });
    server.close();
    expect(reply).toBe('hello');
  });

  it('follows into child processes and records their attempts', () => {
    const report = ownReport();
    const child = spawnSync(process.execPath, ['-e', `require('node:net').connect(443, '${OUTSIDE}')`], {
      env: {
        ...process.env,
        ALCOVE_TRIPWIRE_REPORT: report.file,
        NODE_OPTIONS: `--require ${JSON.stringify(TRIPWIRE)}`,
      },
      encoding: 'utf8',
    });
    expect(child.status).not.toBe(0);
    expect(child.stderr).toMatch(/network tripwire/);
    expect(report.lines()).toEqual([expect.stringMatching(/connection to 192\.0\.2\.10:443/)]);
  });

  it('follows into worker threads (the vault runs in one)', async () => {
    const report = ownReport();
    process.env.ALCOVE_TRIPWIRE_REPORT = report.file;
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       try { require('node:net').connect(443, '${OUTSIDE}'); parentPort.postMessage('connected'); }
       catch (e) { parentPort.postMessage(e.message); }`,
      { eval: true, env: { ...process.env } },
    );
    const message = await new Promise<string>((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(message).toMatch(/network tripwire/);
    expect(report.lines()).toHaveLength(1);
  });

  it('fails a whole test run whose code swallowed the tripwire error', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'tests/fixtures/tripwire/vitest.config.ts',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ALCOVE_TRIPWIRE_REPORT: '', NODE_OPTIONS: '' } },
    );
    const output = run.stdout + run.stderr;
    expect(output).toMatch(/1 passed/); // the leaky test itself "passes"…
    expect(output).toMatch(/tripwire caught outbound attempts/); // …and the run fails anyway
    expect(run.status).not.toBe(0);
  }, 60_000);
});
