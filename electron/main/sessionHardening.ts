import type { Session } from 'electron';
import { isPermissionGranted, isRequestAllowed } from './policy';

/**
 * Session-wide guards, applied to the window's in-memory partition and to the default session
 * (which Electron still creates): every permission refused, every request that is not the app's
 * own cancelled (Chromium's side; Node's network modules are banned by lint and the tripwire),
 * and the spellchecker off — Hunspell would download dictionaries.
 */
export function hardenSession(ses: Session, development: boolean): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isRequestAllowed(details.url, development) }),
  );
  ses.setSpellCheckerEnabled(false);
  // Should anything ever turn it back on, the dictionary download has nowhere to go.
  ses.setSpellCheckerDictionaryDownloadURL('http://0.0.0.0/');
}
