import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer is served from app://alcove/ in Electron and from the loopback bridge in tests:
// relative asset paths, no inline scripts (CSP script-src 'self'), no remote anything.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
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
