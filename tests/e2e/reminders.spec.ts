import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

const PASSPHRASE = 'reminders need no journal text';

/**
 * Reminders are chosen in the settings and kept with the app preferences, in clear beside the
 * vault, because they must come while the vault is locked. The notifications themselves are the
 * Electron adapter's (tests/core/reminders.test.ts covers when they fire); here: the choices, the
 * exact preview, and that they are readable before unlock.
 */
test('turning reminders on, choosing times, days and wording, and finding them after a reload', async ({
  app,
  bridge,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByRole('button', { name: 'Security' }).click();
  const section = app.getByRole('region', { name: 'Reminders' });
  await expect(section).toContainText(
    'Reminder times are stored unencrypted so they work while Alcove is locked.',
  );
  await expect(section.getByLabel('Reminder 1')).toHaveCount(0); // off by default, nothing to choose yet

  await section.getByLabel('Remind me to write').check();
  await expect(section.getByRole('status')).toHaveText('Reminders are on.');
  await expect(section.getByLabel('Reminder 1')).toHaveValue('20:00');
  await section.getByLabel('Reminder 1').fill('07:45');
  await section.getByRole('button', { name: 'Add a time' }).click();
  await section.getByLabel('Reminder 2').fill('07:45');
  await expect(section.getByRole('alert')).toHaveText('07:45 is already in the list.');
  await section.getByLabel('Reminder 2').fill('21:30');
  await expect(section.getByRole('status')).toHaveText('Reminders saved.');

  const days = section.getByRole('group', { name: 'Days' });
  await expect(days.getByRole('checkbox')).toHaveCount(7);
  await expect(days.getByRole('checkbox').first()).toHaveAccessibleName('Sunday'); // en-US weeks start on Sunday
  await days.getByLabel('Saturday').uncheck();
  await days.getByLabel('Sunday').uncheck();

  const preview = section.getByTestId('reminder-preview');
  await expect(preview).toHaveText('Time for AlcoveA few minutes to write, if you like.');
  await shoot('reminders-en-light');
  await expectNoAxeViolations(app);

  await section.getByLabel('Say only “Reminder”').check();
  await expect(preview).toHaveText('Reminder');
  await expect(section.getByRole('status')).toHaveText('Reminders saved.');

  const expected = {
    enabled: true,
    times: ['07:45', '21:30'],
    days: [1, 2, 3, 4, 5],
    wording: 'neutral',
  };
  const stored = JSON.parse(
    fs.readFileSync(path.join(bridge.dataDir, 'preferences.json'), 'utf8'),
  ) as unknown;
  expect(stored).toEqual({ reminders: expected });

  // Locked and forgotten by the page: the core still knows them, before any unlock.
  await app.getByRole('button', { name: 'Lock' }).click();
  await app.reload();
  await expect(app.getByLabel('Passphrase', { exact: true })).toBeVisible();
  const beforeUnlock = await app.evaluate(async () => {
    const status = await window.alcove!.invoke('vault:status', undefined);
    const prefs = await window.alcove!.invoke('prefs:get', undefined);
    return { status, prefs };
  });
  expect(beforeUnlock.status).toMatchObject({ ok: true, value: { state: 'locked' } });
  expect(beforeUnlock.prefs).toEqual({ ok: true, value: { reminders: expected } });

  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await app.getByRole('button', { name: 'Security' }).click({ timeout: 20_000 });
  await expect(section.getByLabel('Remind me to write')).toBeChecked();
  await expect(section.getByLabel('Reminder 1')).toHaveValue('07:45');
  await expect(section.getByLabel('Reminder 2')).toHaveValue('21:30');
  await expect(days.getByLabel('Monday')).toBeChecked();
  await expect(days.getByLabel('Sunday')).not.toBeChecked();
  await expect(section.getByLabel('Say only “Reminder”')).toBeChecked();
  await expect(preview).toHaveText('Reminder');
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the settings and the preview speak French, weeks start on Monday', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    const section = app.getByRole('region', { name: 'Rappels' });
    await section.getByLabel('Me rappeler d’écrire').check();
    await expect(section.getByRole('status')).toHaveText('Les rappels sont activés.');
    await section.getByRole('button', { name: 'Ajouter une heure' }).click();
    await expect(section.getByLabel('Rappel 2')).toHaveValue('08:00');
    const days = section.getByRole('group', { name: 'Jours' });
    await expect(days.getByRole('checkbox').first()).toHaveAccessibleName('lundi');
    await expect(section.getByTestId('reminder-preview')).toHaveText(
      'C’est l’heure d’AlcoveQuelques minutes pour écrire, si vous en avez envie.',
    );
    await shoot('reminders-fr-dark');
    await expectNoAxeViolations(app);
    // Opened again, the times come in the order of the day.
    await app.getByRole('button', { name: 'Revenir au journal' }).click();
    await app.getByRole('button', { name: 'Sécurité' }).click();
    await expect(section.getByLabel('Rappel 1')).toHaveValue('08:00');
    await expect(section.getByLabel('Rappel 2')).toHaveValue('20:00');
    await section.getByRole('button', { name: 'Retirer le rappel de 08:00' }).click();
    await expect(section.getByLabel('Rappel 2')).toHaveCount(0);
    await expect(section.getByLabel('Rappel 1')).toHaveValue('20:00');
  });
});
