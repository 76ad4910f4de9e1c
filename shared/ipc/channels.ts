/**
 * The contract's channel and event names as plain strings, for the preload: it must stay a
 * tiny sandboxed script, so it does not bundle zod and the schemas. tests/core/shellPolicy.test.ts
 * checks these lists equal the contract's keys.
 */
export const CHANNEL_NAMES = [
  'vault:status',
  'prefs:get',
  'prefs:set',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:changePassphrase',
  'vault:regenerateRecoveryKey',
  'vault:rotateDataKey',
  'backup:create',
  'backup:choose',
  'backup:restore',
  'autoBackup:status',
  'autoBackup:configure',
  'autoBackup:chooseFolder',
  'autoBackup:run',
  'entries:list',
  'entries:indexOf',
  'entries:get',
  'entries:create',
  'entries:update',
  'settings:get',
  'settings:update',
  'safety:getPlan',
  'safety:savePlan',
  'checkins:add',
  'checkins:list',
  'checkins:delete',
  'selfchecks:add',
  'selfchecks:list',
  'attachments:add',
  'attachments:list',
  'attachments:get',
  'attachments:delete',
  'search:query',
  'entries:delete',
  'entries:feelings',
  'entries:between',
  'export:preview',
  'export:write',
  'export:log',
  'import:run',
  'exercises:add',
  'exercises:list',
  'exercises:delete',
  'packs:list',
  'packs:save',
  'packs:delete',
  'packs:import',
] as const;

export const EVENT_CHANNEL_NAMES = [
  'vault:locked',
  'vault:progress',
  'vault:integrity',
  'autoBackup:attempted',
] as const;

/** The single IPC channel on which the main process pushes contract events to the page. */
export const EVENT_CHANNEL = 'alcove:event';
