import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

const { version } = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8'),
) as { version: string };

// The renderer is served from app://alcove/ in Electron and from the loopback bridge in tests:
// relative asset paths, no inline scripts (CSP script-src 'self'), no remote anything.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  // The version shown in Settings › About; nothing else from package.json reaches the page.
  define: { __ALCOVE_VERSION__: JSON.stringify(version) },
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // Keep every asset a file: an inlined data: script or font would need a looser CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome130',
  },
  server: { host: '127.0.0.1' },
});
