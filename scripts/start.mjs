// `npm start`: builds Alcove and starts it in Electron. Where the Electron binary is missing
// (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed) it says so plainly
// and how to fix it, instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron'); // the package exports the binary's path
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      'Alcove cannot start: the Electron binary is not installed on this machine.',
      '  • With internet access: run `npm install` again (or `node node_modules/electron/install.js`).',
      '  • Installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline: `npm run preview` opens the real',
      '    app in your system Chromium instead (a development preview).',
    ].join('\n'),
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE left in the environment would turn the app into a bare Node process.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
