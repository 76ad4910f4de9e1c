// electron-builder configuration: `npm run package`. Needs a machine that can download
// Electron (packaging and rebuilding better-sqlite3 for Electron's ABI both fetch it).
/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'app.alcove.journal',
  productName: 'Alcove',
  copyright: 'Alcove',
  directories: { buildResources: 'build', output: 'release' },
  // Only the bundles: sources, tests, the test bridge and source maps never ship.
  files: [
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/electron/vaultWorker.cjs',
    'dist/renderer/**/*',
    'package.json',
    '!**/*.map',
    '!tests/**',
    '!scripts/**',
  ],
  // The vault worker is loaded by path and the native SQLite module by dlopen: both outside the asar.
  asarUnpack: ['dist/electron/vaultWorker.cjs', '**/node_modules/better-sqlite3/**'],
  npmRebuild: true,
  // No update feed of any kind: Alcove never phones home.
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icon.png',
    synopsis: 'A private, encrypted journal',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.lifestyle',
    hardenedRuntime: true,
    icon: 'build/icon.png',
  },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};
