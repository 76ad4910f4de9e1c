import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, REPO_ROOT, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** Exporting for a therapist and importing from another journal, through the real core. */
const PASSPHRASE = 'a lantern on the kitchen table';
const PRIVATE = 'The part I keep to myself about the argument.';
const SHARED = 'The part I want to talk about on Thursday.';

test('an export shows exactly what it will write, hides what I hide, and is logged', async ({
  app,
  bridge,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const body = app.getByLabel('What’s on your mind?');
  await body.fill(`${PRIVATE}\n\n${SHARED}`);
  await app.getByLabel('Title').fill('Sunday');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByText('Saved.')).toBeVisible();
  await body.fill('A quiet walk by the canal.');
  await app.getByLabel('Name a feeling').fill('calm');
  await app.getByLabel('Name a feeling').press('Enter');
  await body.press('Control+Enter');
  await body.fill('A letter I will never send.');
  await app.getByLabel('Keep this entry out of exports (it is never pre-selected)').check();
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(3);

  await app.getByRole('button', { name: 'Security' }).click();
  await app.getByRole('button', { name: 'Prepare an export' }).click();
  // The entry kept out of exports is offered, never pre-selected.
  await expect(app.getByText('Selected: 2 of 3')).toBeVisible();
  const kept = app.getByRole('listitem').filter({ hasText: 'A letter I will never send.' });
  await expect(kept.getByRole('checkbox')).not.toBeChecked();
  await expect(kept).toContainText('kept from exports');
  // Choosing by feeling selects the entries where it was named (never one kept from exports).
  await app.getByLabel('Or choose only the entries with').selectOption({ label: 'calm (1 entry)' });
  await app.getByRole('button', { name: 'Select only these' }).click();
  await expect(app.getByText('Selected: 1 of 3')).toBeVisible();
  await app.getByRole('button', { name: 'Select all that can be shared' }).click();
  const sunday = app.getByRole('listitem').filter({ hasText: 'Sunday' });
  await sunday.getByRole('button', { name: 'Hide passages' }).click();
  await app.getByRole('checkbox', { name: /Hide this passage: The part I keep/ }).check();
  await app.getByRole('button', { name: 'Done' }).click();
  await expect(sunday.getByText('1 passage hidden')).toBeVisible();
  await app.getByLabel('What I want to bring to the next session (optional)').fill('Sunday’s argument.');
  await app.getByRole('radio', { name: /^Markdown/ }).check();
  await app.getByRole('button', { name: 'Preview' }).click();

  const preview = app.getByRole('region', { name: 'Exactly what will be written' });
  await expect(preview).toContainText('[passage hidden]');
  await expect(preview).toContainText(SHARED);
  await expect(preview).not.toContainText(PRIVATE);
  await expect(preview).not.toContainText('A letter I will never send.');
  await expect(preview).toContainText('not a substitute for care');
  await shoot('export-en-light');
  await expectNoAxeViolations(app);
  const shown = await preview.locator('pre').textContent();

  await app.getByRole('button', { name: 'Write the file…' }).click();
  await expect(app.getByText(/^Written: alcove-export-.*\.md\./)).toBeVisible();
  const [file] = fs.readdirSync(bridge.dialogDir);
  const written = fs.readFileSync(path.join(bridge.dialogDir, file!), 'utf8');
  expect(written.trimEnd()).toBe(shown!.trimEnd());
  expect(written).not.toContain(PRIVATE);
  await expect(app.getByRole('region', { name: 'Exports so far' }).getByRole('listitem')).toHaveCount(1);

  // Changing a choice makes the preview stale: nothing can be written from an old preview.
  await app.getByRole('radio', { name: /^PDF/ }).check();
  await expect(app.getByRole('button', { name: 'Write the file…' })).toBeDisabled();

  // The PDF, on US Letter: the same content laid out, written beside the Markdown file.
  await app.getByRole('radio', { name: 'US Letter' }).check();
  await app.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('[passage hidden]');
  await app.getByRole('button', { name: 'Write the file…' }).click();
  await expect(app.getByText(/^Written: alcove-export-.*\.pdf\./)).toBeVisible();
  const pdf = fs.readdirSync(bridge.dialogDir).find((name) => name.endsWith('.pdf'))!;
  const bytes = fs.readFileSync(path.join(bridge.dialogDir, pdf));
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
  expect(fs.statSync(path.join(bridge.dialogDir, pdf)).mode & 0o777).toBe(0o600);
  await expect(app.getByRole('region', { name: 'Exports so far' }).getByRole('listitem')).toHaveCount(2);

  // Protected with a password: a short one is refused; the written zip holds none of the text in clear.
  await app.getByRole('radio', { name: /^JSON/ }).check();
  await app.getByRole('checkbox', { name: 'Protect the file with a password' }).check();
  await app.getByLabel('Password for the file').fill('too short');
  await app.getByRole('button', { name: 'Preview' }).click();
  await expect(app.getByRole('button', { name: 'Write the file…' })).toBeDisabled();
  await app.getByRole('button', { name: 'Suggest a strong one' }).click();
  await expect(app.getByLabel('Password for the file')).toHaveValue(/^([a-z2-9]{4}-){4}[a-z2-9]{4}$/);
  await expect(app.getByText(/7-Zip \(Windows, Linux\), Keka or The Unarchiver/)).toBeVisible();
  await shoot('export-protected-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Write the file…' }).click();
  await expect(
    app.getByText(/^Written: alcove-export-.*\.zip, protected with your password\./),
  ).toBeVisible();
  const zip = fs.readdirSync(bridge.dialogDir).find((name) => name.endsWith('.zip'))!;
  const zipped = fs.readFileSync(path.join(bridge.dialogDir, zip));
  expect(zipped.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(zipped.includes(Buffer.from(SHARED))).toBe(false);
  await expect(
    app.getByRole('region', { name: 'Exports so far' }).getByRole('listitem').filter({ hasText: zip }),
  ).toContainText('protected with a password');
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('importing a jrnl export adds its entries once, and says what it did', async ({
    app,
    bridge,
    shoot,
  }) => {
    fs.mkdirSync(bridge.dialogDir, { recursive: true });
    fs.copyFileSync(
      path.join(REPO_ROOT, 'tests/fixtures/import/jrnl/journal.json'),
      path.join(bridge.dialogDir, 'journal.json'),
    );
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    await app.getByLabel('Qu’importez-vous').selectOption('jrnl');
    await app.getByRole('button', { name: 'Choisir et importer…' }).click();
    const report = app.getByRole('status').filter({ hasText: 'journal.json' });
    await expect(report).toContainText(/entrées ajoutées, 0 déjà dans votre journal/);
    await shoot('import-fr-dark');
    await expectNoAxeViolations(app);
    await app.getByRole('button', { name: 'Choisir et importer…' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'journal.json' })).toContainText(
      /0 entrées ajoutées/,
    );
    await app.getByRole('button', { name: 'Revenir au journal' }).click();
    await expect(app.getByRole('list', { name: 'Entrées' })).toContainText('Une journée à l’atelier.');
  });

  test('the export wizard', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByLabel(/Qu’avez-vous en tête/).fill('Une première ligne.');
    await app.keyboard.press('Control+Enter');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    await app.getByRole('button', { name: 'Préparer un export' }).click();
    await app.getByRole('button', { name: 'Aperçu' }).click();
    await expect(app.getByRole('region', { name: 'Exactement ce qui sera écrit' })).toContainText(
      'Une première ligne.',
    );
    await shoot('export-fr-dark');
    await expectNoAxeViolations(app);
    await app.getByRole('checkbox', { name: 'Protéger le fichier par un mot de passe' }).check();
    await app.getByRole('button', { name: 'En proposer un solide' }).click();
    await expect(app.getByText(/Tout lecteur PDF le demande/)).toBeVisible();
    await app.getByRole('group', { name: 'Protection' }).scrollIntoViewIfNeeded();
    await shoot('export-protected-fr-dark');
    await expectNoAxeViolations(app);
  });
});
