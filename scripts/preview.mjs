// `npm run preview`: a DEVELOPMENT preview of Alcove in a browser, for machines without the
// Electron binary. It builds, starts the loopback bridge (tests/bridge: the real core, the real
// renderer, 127.0.0.1 only, a one-time token) and opens Chromium on a throw-away profile.
// It is not the app: the vault lives in its own preview folder, never the app's.
//   node scripts/preview.mjs [--no-build]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipBuild = process.argv.includes('--no-build');

const dataHome = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
const dataDir = path.join(dataHome, 'alcove-preview');

console.log(
  [
    '',
    '  ┌──────────────────────────────────────────────────────────────────────┐',
    '  │  ALCOVE — DEVELOPMENT PREVIEW (not the app)                          │',
    '  │  The real core and UI, served to a browser through a loopback       │',
    '  │  bridge on 127.0.0.1. For trying the UI without Electron only.      │',
    '  └──────────────────────────────────────────────────────────────────────┘',
    '',
    `  Preview vault: ${dataDir}`,
    "  (a separate folder: this is NOT the app's vault; delete it whenever you like)",
    '',
  ].join('\n'),
);

if (!skipBuild) {
  // Under `npm run`, npm_execpath is npm's own CLI script: reuse it rather than guessing a PATH.
  const npm = process.env.npm_execpath
    ? { command: process.execPath, args: [process.env.npm_execpath, 'run', 'build'] }
    : { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: ['run', 'build'] };
  const built = spawnSync(npm.command, npm.args, { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('preview: the build failed; nothing started.');
    process.exit(built.status ?? 1);
  }
}

fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

const bridge = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'tests/bridge/main.ts',
    '--data-dir',
    dataDir,
    '--host',
    'preview',
    '--kdf',
    'calibrated',
    '--exit-on-stdin-close',
  ],
  { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
);

let browser = null;
let profileDir = null;
let shuttingDown = false;

function removeProfile() {
  if (profileDir === null) return;
  fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = null;
}

function waitForExit(child, timeoutMs) {
  if (child === null || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\npreview: stopping (the preview vault is locked; the browser profile is deleted).');
  if (browser !== null && browser.exitCode === null) browser.kill('SIGTERM');
  if (bridge.exitCode === null) bridge.kill('SIGTERM');
  await Promise.all([waitForExit(browser, 5_000), waitForExit(bridge, 10_000)]);
  removeProfile();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// Last resort if something exits abruptly: never leave a browser profile behind.
process.on('exit', removeProfile);

bridge.once('exit', (code) => {
  if (!shuttingDown) {
    console.error(`preview: the bridge stopped unexpectedly (exit ${code}).`);
    void shutdown(1);
  }
});

const ready = await new Promise((resolve) => {
  let buffered = '';
  bridge.stdout.setEncoding('utf8');
  bridge.stdout.on('data', function onData(chunk) {
    buffered += chunk;
    const newline = buffered.indexOf('\n');
    if (newline === -1) return;
    bridge.stdout.off('data', onData);
    resolve(JSON.parse(buffered.slice(0, newline)));
  });
});

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = hasDisplay ? findChromium() : null;

if (chromium === null) {
  console.log(
    [
      hasDisplay
        ? 'preview: no Chromium found (set $CHROMIUM to its path). Open this address in a browser:'
        : 'preview: no display. Open this address in a browser on this machine:',
      '',
      `  ${ready.url}`,
      '',
      "The address holds this run's session token; it works only on this machine (127.0.0.1).",
      'Serving until Ctrl+C.',
    ].join('\n'),
  );
} else {
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-preview-chromium-'));
  const args = [
    `--user-data-dir=${profileDir}`,
    `--app=${ready.url}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--no-pings',
  ];
  if (!process.env.DISPLAY) args.push('--ozone-platform-hint=auto');
  browser = spawn(chromium, args, { stdio: 'ignore' });
  browser.once('error', (error) => {
    console.error(`preview: could not start ${chromium} (${error.message}). Open ${ready.url} instead.`);
    browser = null;
    removeProfile();
  });
  browser.once('exit', () => {
    // Closing the preview window ends the preview.
    if (!shuttingDown) void shutdown(0);
  });
  console.log(
    `preview: opened ${chromium} on a throw-away profile. Close the window or press Ctrl+C to stop.`,
  );
}

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (dir !== '' && isExecutable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return null;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
