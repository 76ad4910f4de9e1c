import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, REPO_ROOT, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** Prompt packs of one's own: imported from a file (good, malformed, hostile) or written here. */
const PASSPHRASE = 'a blue bowl of plums on the sill';
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/packs');

/** Makes `name` the only file the stand-in open dialog can pick. */
function offer(dialogDir: string, name: string): void {
  fs.rmSync(dialogDir, { recursive: true, force: true });
  fs.mkdirSync(dialogDir, { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, name), path.join(dialogDir, name));
}

const card = (app: Page, name = 'A prompt, if you like') => app.getByRole('complementary', { name });

test('a pack file is imported, and an entry written from one of its prompts', async ({
  app,
  bridge,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  offer(bridge.dialogDir, 'between-sessions.json');
  await card(app).getByRole('button', { name: 'Import a pack…' }).click();
  await expect(card(app).getByRole('status')).toHaveText('Imported “Between sessions” — 12 prompts');

  // Listed under "Your packs", after the shipped ones, and already chosen.
  const select = card(app).getByLabel('Pack');
  await expect(select).toHaveValue(/^mine-/);
  await expect(select.locator('optgroup').nth(0)).toHaveAttribute('label', 'Packs that come with Alcove');
  await expect(select.locator('optgroup').nth(1)).toHaveAttribute('label', 'Your packs');
  await expect(select.locator('optgroup').nth(1).locator('option')).toHaveText(['Between sessions']);
  await expect(card(app).getByText('Imported from between-sessions.json')).toBeVisible();

  const prompt = (await card(app).locator('.prompt-text').textContent())!;
  const all = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'between-sessions.json'), 'utf8')) as {
    prompts: Array<{ text: { en: string } }>;
  };
  expect(all.prompts.map((p) => p.text.en)).toContain(prompt);
  await shoot('packs-imported-en-light');
  await expectNoAxeViolations(app);

  await card(app).getByRole('button', { name: 'Write about this' }).click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue(prompt);
  await app.keyboard.type('The small step was calling back.');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByRole('navigation').getByText(prompt)).toBeVisible();

  // The pack is in the vault, not in the page: it is still there after locking and unlocking.
  await app.getByRole('button', { name: 'Lock' }).click();
  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(card(app).getByLabel('Pack').locator('optgroup').nth(1).locator('option')).toHaveText([
    'Between sessions',
  ]);
});

test('a malformed and a hostile file are refused with every problem listed, and nothing is imported', async ({
  app,
  bridge,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  offer(bridge.dialogDir, 'malformed.json');
  await card(app).getByRole('button', { name: 'Import a pack…' }).click();
  const refusal = card(app).getByRole('alert');
  await expect(refusal).toContainText('“malformed.json” was not imported, and nothing was added.');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'schemaVersion: not an allowed value (expected: 1)',
    'name.de: unknown key',
    /^framework: not an allowed value \(expected: reflective-journaling, cbt, /,
    'prompts[1].text.en: wrong type (number instead of string)',
    'prompts[2].text: wrong type (string instead of object)',
    'prompts[3].text.fr: too long (412 > 400 characters)',
    'prompts[4].intensity: not an allowed value (expected: light, medium, deep)',
    'prompts[4].tags[0]: not an id: use lowercase letters, digits and dashes',
    'colour: unknown key',
  ]);
  await expect(card(app).getByLabel('Pack').locator('optgroup')).toHaveCount(1);

  offer(bridge.dialogDir, 'hostile.json');
  await card(app).getByRole('button', { name: 'Import a pack…' }).click();
  await expect(refusal).toContainText('“hostile.json” was not imported');
  const lines = refusal.getByRole('listitem');
  await expect(lines).toHaveCount(7);
  await expect(lines.filter({ hasText: 'direction-changing characters' })).toHaveCount(4);
  await expect(lines.filter({ hasText: '__proto__: unknown key' })).toHaveCount(1);
  await expect(lines.filter({ hasText: 'belongs to a pack or prompt that comes with Alcove' })).toHaveCount(
    2,
  );
  // None of the file's text reaches the screen: only where each problem is.
  await expect(refusal).not.toContainText('alert(1)');
  await expect(card(app).getByLabel('Pack').locator('optgroup')).toHaveCount(1);
  await expectNoAxeViolations(app);
});

test('markup in a prompt is shown as text and does nothing', async ({ app, bridge }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const title = await app.title();
  offer(bridge.dialogDir, 'inert-markup.json');
  await card(app).getByRole('button', { name: 'Import a pack…' }).click();
  await expect(card(app).getByRole('status')).toHaveText('Imported “Markup stays text” — 1 prompt');
  await expect(card(app).locator('.prompt-text')).toHaveText(
    `<img src=x onerror="document.title='pwned'"> [a link](javascript:alert(1)) **bold**?`,
  );
  await expect(card(app).locator('img, a, strong')).toHaveCount(0);
  expect(await app.title()).toBe(title);
});

test('I write a pack of my own, edit it and delete it', async ({ app }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await card(app).getByRole('button', { name: 'Write your own prompts' }).click();
  const editor = card(app).getByRole('group', { name: 'Your own prompts' });
  await editor.getByRole('button', { name: 'Save the pack' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Give the pack a name.');
  await editor.getByLabel('Name of the pack').fill('Evenings');
  // Enter in the name does not save the entry underneath.
  await app.keyboard.press('Enter');
  await expect(app.getByText('Write something first.')).toHaveCount(0);
  await editor.getByLabel('Prompt 1', { exact: true }).fill('What made me smile today?');
  await editor.getByRole('button', { name: 'Add a prompt' }).click();
  await expect(editor.getByLabel('Prompt 2', { exact: true })).toBeFocused();
  await app.keyboard.type('What can wait until tomorrow?');
  await editor.getByRole('button', { name: 'Add a prompt' }).click();
  await editor.getByLabel('Prompt 3', { exact: true }).fill('To remove');
  await editor.getByRole('button', { name: 'Remove prompt 3' }).click();
  await app.keyboard.press('Control+Enter');
  await expect(card(app).getByRole('status')).toHaveText('The pack is saved.');
  await expect(card(app).getByLabel('Pack')).toHaveValue(/^mine-/);
  await expect(card(app).locator('.prompt-text')).toHaveText(
    /^(What made me smile today\?|What can wait until tomorrow\?)$/,
  );
  await expect(card(app).getByText('Written by you')).toBeVisible();

  await card(app).getByRole('button', { name: 'Edit this pack' }).click();
  const edit = card(app).getByRole('group', { name: 'Edit “Evenings”' });
  await expect(edit.getByLabel('Prompt 2', { exact: true })).toHaveValue('What can wait until tomorrow?');
  await edit.getByLabel('Name of the pack').fill('Quiet evenings');
  await edit.getByRole('button', { name: 'Save the pack' }).click();
  await expect(card(app).getByLabel('Pack').locator('optgroup').nth(1).locator('option')).toHaveText([
    'Quiet evenings',
  ]);

  await card(app).getByRole('button', { name: 'Delete this pack' }).click();
  await app
    .getByRole('dialog', { name: 'Delete “Quiet evenings”?' })
    .getByRole('button', { name: 'Delete the pack' })
    .click();
  await expect(card(app).getByRole('status')).toHaveText('The pack is deleted.');
  await expect(card(app).getByLabel('Pack').locator('optgroup')).toHaveCount(1);
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('a refused pack and the pack editor', async ({ app, bridge, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    const fr = card(app, 'Une piste d’écriture, si vous voulez');
    offer(bridge.dialogDir, 'malformed.json');
    await fr.getByRole('button', { name: 'Importer une série…' }).click();
    const refusal = fr.getByRole('alert');
    await expect(refusal).toContainText('«\u00a0malformed.json\u00a0» n’a pas été importé');
    await expect(refusal.getByRole('listitem').nth(5)).toHaveText(
      'prompts[3].text.fr\u00a0: trop long (412 > 400\u00a0caractères)',
    );
    await fr.getByRole('button', { name: 'Écrire vos propres pistes' }).click();
    await fr.getByLabel('Nom de la série').fill('Mes soirées');
    await fr.getByLabel('Piste 1', { exact: true }).fill('Qu’est-ce qui m’a fait du bien aujourd’hui\u00a0?');
    await shoot('packs-fr-dark');
    await expectNoAxeViolations(app);
  });
});
