import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter, indexedHits } from './support/journey';

/** Tags: created while writing, shown on cards and entries, filtered, renamed, merged, recoloured. */
const PASSPHRASE = 'a lantern on the kitchen table';

/** Writes an entry, adding tags by typing each one and pressing Enter (creates the new ones). */
async function write(
  app: Page,
  body: string,
  tags: string[],
  bodyLabel: string | RegExp = 'What’s on your mind?',
) {
  await app.getByLabel(bodyLabel).fill(body);
  const field = app.getByRole('combobox', { name: /Tags|Étiquettes/ });
  for (const tag of tags) {
    await field.fill(tag);
    await expect(
      app
        .getByRole('listbox', { name: /Matching tags|Étiquettes correspondantes/ })
        .getByRole('option')
        .first(),
    ).toBeVisible();
    await field.press('Enter');
    await expect(field).toHaveValue('');
  }
  await app.keyboard.press('Control+Enter');
  await expect(app.getByText(/Saved\.|Enregistré/).first()).toBeVisible();
}

test('tags: created while writing with autocomplete, filtered, renamed, merged and recoloured', async ({
  app,
  bridge,
  grepTree,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await write(app, 'A long walk after the session.', ['Therapy', 'walks']);

  // The second entry: typing "th" suggests the existing tag (case aside), Enter adds it.
  await app.getByLabel('What’s on your mind?').fill('Talked about the argument.');
  const field = app.getByRole('combobox', { name: 'Tags' });
  await field.fill('th');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  const options = app.getByRole('listbox', { name: 'Matching tags' }).getByRole('option');
  await expect(options).toHaveText(['Therapy', 'Create “th”']);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await shoot('tags-composer-suggestions-en-light');
  await expectNoAxeViolations(app);
  await field.press('Enter');
  const chips = app.getByRole('list', { name: 'Tags' });
  await expect(chips.getByRole('listitem')).toHaveText(['Therapy']);
  // A comma adds too; "Create" is offered for a name no tag has.
  await field.fill('conflict');
  await expect(options).toHaveText(['Create “conflict”']);
  await field.press(',');
  await expect(chips.getByRole('listitem')).toHaveText(['Therapy', 'conflict']);
  await app.keyboard.press('Control+Enter');
  await expect(app.getByText('Saved.')).toBeVisible();

  await write(app, 'Nothing tagged here.', []);

  // Cards show their tags; the filter narrows the timeline to one tag.
  const list = app.getByRole('list', { name: 'Entries' });
  await expect(list.getByRole('button')).toHaveCount(3);
  await expect(list.getByRole('button').nth(1)).toContainText('Therapyconflict');
  await shoot('tags-timeline-en-light');
  await app.getByRole('combobox', { name: /^Show/ }).selectOption({ label: 'Therapy' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await app.getByRole('combobox', { name: /^Show/ }).selectOption({ label: 'walks' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await app.getByRole('combobox', { name: /^Show/ }).selectOption({ label: 'All entries' });
  await expect(list.getByRole('button')).toHaveCount(3);

  // Settings: rename inline, and the new name shows everywhere.
  await app.getByRole('button', { name: 'Security' }).click();
  const section = app.getByRole('region', { name: 'Tags' });
  await section.getByRole('button', { name: 'Rename Therapy' }).click();
  await section.getByLabel('Name of the tag Therapy').fill('therapy sessions');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Renamed to therapy sessions.')).toBeVisible();

  // Recolour from the palette.
  await section.getByRole('group', { name: 'Colour of walks' }).getByLabel('Teal').check();
  await expect(section.getByText('walks is now Teal.')).toBeVisible();

  // Merge "conflict" into "therapy sessions".
  await section.getByLabel('Select conflict to merge').check();
  await section.getByLabel('Keep this tag').selectOption({ label: 'therapy sessions' });
  await shoot('tags-settings-en-light');
  await expectNoAxeViolations(app);
  await section.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(section.getByText('Tags merged into therapy sessions.')).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveCount(2);

  await app.getByRole('button', { name: 'Back to the journal' }).click();
  await expect(list.getByRole('button').nth(1)).toContainText('therapy sessions');
  await expect(list.getByRole('button').nth(1)).not.toContainText('conflict');
  await list.getByRole('button').nth(2).click();
  await expect(app.getByRole('article').getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(
    ['therapy sessions', 'walks'],
  );

  // Delete, with a confirmation: the entries stay, without the tag.
  await app.getByRole('button', { name: 'Security' }).click();
  await section.getByRole('button', { name: 'Delete walks' }).click();
  await app.getByRole('button', { name: 'Delete the tag' }).click();
  await expect(section.getByText('The tag walks is deleted.')).toBeVisible();
  await app.getByRole('button', { name: 'Back to the journal' }).click();
  await expect(list.getByRole('button')).toHaveCount(3);
  await expect(list).not.toContainText('walks');

  // No tag name reaches the disk in clear.
  await app.getByRole('button', { name: 'Lock' }).click();
  await expect(app.getByText('Journal locked.')).toBeVisible();
  expect(grepTree(bridge.dataDir, 'therapy sessions')).toEqual([]);
  expect(grepTree(bridge.dataDir, 'conflict')).toEqual([]);
});

test('the export wizard chooses entries by tag', async ({ app }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await write(app, 'What I want to bring to the session.', ['for therapy']);
  await write(app, 'Only for me.', []);
  await app.getByRole('button', { name: 'Security' }).click();
  await app.getByRole('button', { name: 'Prepare an export' }).click();
  await expect(app.getByText('Selected: 2 of 2')).toBeVisible();
  await app.getByLabel('Or choose only the entries with').selectOption({ label: 'for therapy (1 entry)' });
  await app.getByRole('button', { name: 'Select only these' }).click();
  await expect(app.getByText('Selected: 1 of 2')).toBeVisible();
  const chosen = app.getByRole('listitem').filter({ hasText: 'What I want to bring' });
  await expect(chosen.getByRole('checkbox')).toBeChecked();
  await expect(
    app.getByRole('listitem').filter({ hasText: 'Only for me.' }).getByRole('checkbox'),
  ).not.toBeChecked();
});

test('a search narrows by tag, in the Ctrl+K palette and with the timeline’s filter', async ({
  app,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await write(app, 'The harbour at dawn, with the session still in my head.', ['therapy']);
  await write(app, 'The harbour again, a walk alone.', ['walks']);
  await write(app, 'No harbour today.', []);
  // The index fills in the background: wait until it holds the three entries.
  await expect.poll(() => indexedHits(app, 'harbour', 10)).toBe(3);

  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog', { name: 'Search your journal' });
  await app.keyboard.type('harbour');
  // The results (the tag chooser's own options are not among them).
  const hits = palette.getByRole('listbox').getByRole('option');
  await expect(hits).toHaveCount(3);
  await palette.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'therapy' });
  await expect(hits).toHaveCount(1);
  await expect(hits).toContainText('session still in my head');
  await expect(palette.getByRole('status')).toHaveText('1 entry found');
  await shoot('palette-tag-en-light');
  await expectNoAxeViolations(app);
  await palette.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Any tag' });
  await expect(hits).toHaveCount(3);
  await app.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);

  // The search box beside the timeline follows the timeline's filter.
  await app.getByRole('searchbox', { name: 'Search your journal' }).fill('harbour');
  const results = app.getByRole('list', { name: 'Search your journal' });
  await expect(results.getByRole('button')).toHaveCount(3);
  await app.getByRole('combobox', { name: /^Show/ }).selectOption({ label: 'walks' });
  await expect(results.getByRole('button')).toHaveCount(1);
  await expect(results.getByRole('button')).toContainText('a walk alone');
});

test('the tag field works from the keyboard alone', async ({ app }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await write(app, 'First.', ['alpha', 'beta']);
  await app.getByLabel('What’s on your mind?').fill('Second.');
  const field = app.getByRole('combobox', { name: 'Tags' });
  await field.focus();
  await app.keyboard.type('a');
  const options = app.getByRole('listbox', { name: 'Matching tags' }).getByRole('option');
  await expect(options).toHaveText(['alpha', 'Create “a”']);
  // Arrow down moves to "Create", arrow up back; Escape closes the list and keeps the composer.
  await app.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await app.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await app.keyboard.press('Enter');
  const chips = app.getByRole('list', { name: 'Tags' });
  await expect(chips.getByRole('listitem')).toHaveText(['alpha']);
  await app.keyboard.type('BÉT');
  await expect(options).toHaveText(['beta', 'Create “BÉT”']); // accents and case aside
  await app.keyboard.type('A');
  await expect(options).toHaveText(['beta']); // no "Create" for a name a tag has
  await app.keyboard.press('Enter');
  await expect(chips.getByRole('listitem')).toHaveText(['alpha', 'beta']);
  // Backspace in the empty box removes the last chip; the chip's button removes the other.
  await app.keyboard.press('Backspace');
  await expect(chips.getByRole('listitem')).toHaveText(['alpha']);
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: 'Remove the tag alpha' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('list', { name: 'Tags' })).toHaveCount(0);
  await expect(field).toBeFocused();
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the field, the chips and the settings read French', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    const bodyLabel = /Qu’avez-vous en tête/;
    await write(app, 'Une longue marche.', ['Thérapie', 'marche'], bodyLabel);
    await app.getByLabel(bodyLabel).fill('Deuxième.');
    const field = app.getByRole('combobox', { name: 'Étiquettes' });
    await field.fill('the');
    await expect(
      app.getByRole('listbox', { name: 'Étiquettes correspondantes' }).getByRole('option'),
    ).toHaveText(['Thérapie', 'Créer « the »']);
    await shoot('tags-composer-suggestions-fr-dark');
    await expectNoAxeViolations(app);
    await field.press('Escape');
    await shoot('tags-timeline-fr-dark');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    const section = app.getByRole('region', { name: 'Étiquettes' });
    await expect(section.getByRole('listitem')).toHaveCount(2);
    await section.getByLabel('Sélectionner marche pour la fusion').check();
    await shoot('tags-settings-fr-dark');
    await expectNoAxeViolations(app);
  });
});

test.describe('in English, dark', () => {
  test.use({ colorScheme: 'dark' });
  test('chips and suggestions keep their contrast', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    await write(app, 'One.', ['rose tag']);
    await app.getByRole('button', { name: 'Security' }).click();
    await app
      .getByRole('region', { name: 'Tags' })
      .getByRole('group', { name: 'Colour of rose tag' })
      .getByLabel('Rose')
      .check();
    await expect(app.getByText('rose tag is now Rose.')).toBeVisible();
    await shoot('tags-settings-en-dark');
    await expectNoAxeViolations(app);
    await app.getByRole('button', { name: 'Back to the journal' }).click();
    await app.getByLabel('What’s on your mind?').fill('Two.');
    await app.getByRole('combobox', { name: 'Tags' }).fill('r');
    await shoot('tags-composer-suggestions-en-dark');
    await expectNoAxeViolations(app);
  });
});

test.describe('in French, light', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'light' });
  test('the timeline with chips', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    const bodyLabel = /Qu’avez-vous en tête/;
    await write(app, 'Une entrée.', ['famille', 'sommeil'], bodyLabel);
    await shoot('tags-timeline-fr-light');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    await shoot('tags-settings-fr-light');
    await expectNoAxeViolations(app);
  });
});
