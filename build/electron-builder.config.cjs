// electron-builder configuration: `npm run package`. Needs a machine that can download
// Electron (packaging and rebuilding better-sqlite3 for Electron's ABI both fetch it).
// Option names checked against app-builder-lib 26.17 (out/configuration.d.ts).
/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'app.alcove.journal',
  productName: 'Alcove',
  copyright: 'Alcove',
  directories: { buildResources: 'build', output: 'release' },
  // Only the bundles: sources, tests, the test bridge and source maps never ship. Production
  // dependencies are added by electron-builder; zod, libsodium, the stemmers and yauzl are bundled
  // into main.cjs / vaultWorker.cjs; better-sqlite3 (native) and pdfkit, fontkit and the DejaVu
  // fonts (loaded from node_modules when the first PDF is made) are needed at run time.
  files: [
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/electron/vaultWorker.cjs',
    'dist/renderer/**/*',
    'package.json',
    '!**/*.map',
    '!**/*.ts',
    '!tests/**',
    '!scripts/**',
    '!electron/**',
    '!renderer/**',
    '!shared/**',
    '!**/node_modules/better-sqlite3/{deps,src,docs}/**',
  ],
  // dlopen cannot read inside an asar: only the native binary is unpacked. The vault worker
  // stays in the archive (worker threads read asar since Electron 17.3), under its integrity check.
  asarUnpack: ['**/node_modules/better-sqlite3/build/Release/*.node'],
  // Rebuilds better-sqlite3 for Electron's ABI at packaging time (never in postinstall: STYLE.md).
  npmRebuild: true,
  // French and English only: the other Chromium locale packs are dead weight.
  electronLanguages: ['en-US', 'en-GB', 'fr'],
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
    // The deb's Maintainer field (it defaults to package.json's author, which has no email).
    maintainer: 'Alcove',
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
