/**
 * Debian's Chromium, as the e2e tests and the UI benchmark launch it: never a browser Playwright
 * downloads. The flags are the ones that work on the CI machine (no sandbox as root, no GPU) and
 * that keep Chromium itself from reaching the network (no component updates, sync or QUIC).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
