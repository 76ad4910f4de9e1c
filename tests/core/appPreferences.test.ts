import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Harness } from './support/coreHarness';

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
});

describe('app preferences (language, theme, region, discreet mode)', () => {
  it('are kept beside the vault, before any vault exists and across restarts, and nothing else is', async () => {
    const h = startCore();
    harnesses.push(h);
    expect(await h.value('prefs:get', undefined)).toEqual({});
    expect(await h.value('prefs:set', { language: 'fr' })).toEqual({ language: 'fr' });
    expect(
      await h.value('prefs:set', { theme: 'dark', region: 'BE', discreet: true, fontSize: 'large' }),
    ).toEqual({
      language: 'fr',
      theme: 'dark',
      region: 'BE',
      discreet: true,
      fontSize: 'large',
    });
    const file = path.join(h.dataDir, 'preferences.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8'))).sort()).toEqual([
      'discreet',
      'fontSize',
      'language',
      'region',
      'theme',
    ]);

    await h.core.close();
    const again = startCore(h.dataDir);
    harnesses.push(again);
    expect(await again.value('prefs:get', undefined)).toEqual({
      language: 'fr',
      theme: 'dark',
      region: 'BE',
      discreet: true,
      fontSize: 'large',
    });
    // What the Electron adapter reads to title the window before any page exists.
    expect(again.core.appPreferences()).toMatchObject({ discreet: true });
  });

  it('refuse anything but the known choices, and ignore a damaged file', async () => {
    const h = startCore();
    harnesses.push(h);
    for (const bad of [
      { language: 'de' },
      { theme: 'neon' },
      { region: 'XX' },
      { discreet: 'yes' },
      { fontSize: 'huge' },
      { note: 'journal text' },
    ]) {
      expect(await h.call('prefs:set', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    fs.writeFileSync(path.join(h.dataDir, 'preferences.json'), '{ not json');
    expect(await h.value('prefs:get', undefined)).toEqual({});
    expect(await h.value('prefs:set', { language: 'en' })).toEqual({ language: 'en' });
  });
});

describe('discreet mode reaching the window', () => {
  it('is handed to the adapter as soon as it is stored, and not when the change is refused', async () => {
    const told: unknown[] = [];
    const h = startCore(undefined, undefined, { onPreferencesChanged: (p) => told.push(p) });
    harnesses.push(h);
    await h.value('prefs:set', { discreet: true });
    await h.value('prefs:set', { language: 'en' });
    expect(await h.call('prefs:set', { discreet: 1 } as never)).toMatchObject({ ok: false });
    expect(told).toEqual([{ discreet: true }, { discreet: true, language: 'en' }]);
  });
});
