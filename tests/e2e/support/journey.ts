import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The onboarding's labels, as a user reads them, in each language. */
const ONBOARDING = {
  en: {
    passphrase: 'Choose a passphrase',
    repeat: 'Repeat the passphrase',
    create: 'Create my journal',
    wroteItDown: 'I wrote it down and keep it somewhere safe',
    lastGroup: 'To be sure, type the last group of the key',
    continue: 'Continue to my journal',
  },
  fr: {
    passphrase: 'Choisissez une phrase secrète',
    repeat: 'Répétez la phrase secrète',
    create: 'Créer mon journal',
    wroteItDown: 'Je l’ai notée et je la garde en lieu sûr',
    lastGroup: 'Pour vérifier, tapez le dernier groupe de la clé',
    continue: 'Accéder à mon journal',
  },
} as const;

/**
 * Creates a vault the way a user does (passphrase twice, the recovery key kept and checked)
 * and lands in the journal. Returns the recovery key as shown.
 */
export async function createVaultAndEnter(
  page: Page,
  passphrase: string,
  lang: 'en' | 'fr' = 'en',
): Promise<string> {
  const s = ONBOARDING[lang];
  await page.getByLabel(s.passphrase).fill(passphrase);
  await page.getByLabel(s.repeat).fill(passphrase);
  await page.getByRole('button', { name: s.create }).click();
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  expect(key).toMatch(/^([A-Z2-7]{4} ){13}[A-Z2-7]{4}$/);
  await page.getByLabel(s.wroteItDown).check();
  await page.getByLabel(s.lastGroup).fill(key.split(' ').at(-1)!);
  await page.getByRole('button', { name: s.continue }).click();
  return key;
}

/**
 * How many entries a search finds once the background index has caught up with the vault, -1
 * while it is still filling: poll it after writing or importing (`expect.poll(...).toBe(n)`).
 */
export function indexedHits(page: Page, query: string, limit: number): Promise<number> {
  return page.evaluate(
    async ({ query, limit }) => {
      const r = await window.alcove!.invoke('search:query', { query, limit });
      return r.ok && r.value.indexed === r.value.total ? r.value.hits.length : -1;
    },
    { query, limit },
  );
}
