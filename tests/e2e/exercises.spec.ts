import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Guided exercises through the real core. The page's clock is Playwright's fake one, so a
 * five-minute breathing session runs in an instant and exactly as long as it says.
 */
const PASSPHRASE = 'a lantern on the kitchen table';

test('five minutes of cardiac coherence, rated before and after, saved and counted in what helps', async ({
  app,
  shoot,
}) => {
  // Started ten minutes in the past: the page's fake clock runs ahead of the core's real one, and
  // the core refuses a session that ends in its future.
  await app.clock.install({ time: Date.now() - 10 * 60_000 });
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByRole('button', { name: 'Exercises' }).click();
  await app.getByRole('button', { name: 'Start: Cardiac coherence' }).click();

  await app.getByLabel('Distress right now, from 0 to 10').fill('7');
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByRole('heading', { name: 'Breathe with the square' })).toBeVisible();
  await app.getByRole('button', { name: 'Start', exact: true }).click();
  await app.clock.runFor(60_000);
  await expect(app.getByText('Time left: 4:00')).toBeVisible();
  await shoot('exercise-coherence-en-light');
  await expectNoAxeViolations(app);
  await app.clock.runFor(4 * 60_000 + 1000);

  // The pacer stops by itself at five minutes and asks again.
  await expect(app.getByRole('heading', { name: 'And now?' })).toBeVisible();
  await app.getByLabel('Distress now, from 0 to 10').fill('4');
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByText('Distress 7 → 4')).toBeVisible();
  await expect(app.getByText('Time: 5 min')).toBeVisible();
  await expect(app.getByText('Done to the end.')).toBeVisible();
  // Naming how it feels now is optional; Enter picks the word and never saves.
  await app.getByLabel('Name a feeling').fill('cal');
  await app.getByLabel('Name a feeling').press('Enter');
  await expect(app.getByLabel('calm', { exact: true })).toHaveValue('5');
  await expect(app.getByRole('region', { name: 'The mirror noticed' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByText('Session saved.')).toBeVisible();

  await expect(app.getByRole('row').filter({ hasText: '7 → 4' })).toContainText('Cardiac coherence · calm');
  const helps = app.getByRole('region', { name: 'What seems to help me' });
  await expect(helps).toContainText('Based on 1 session you rated before and after.');
  await shoot('exercises-en-light');
  await expectNoAxeViolations(app);

  // Insights show the same, beside the feelings over time.
  await app.getByRole('button', { name: 'Insights' }).click();
  await expect(app.getByRole('region', { name: 'What seems to help me' })).toContainText('7 → 4');

  // The journal's timeline lists the session among the entries; it opens the exercises.
  const session = app
    .getByRole('list', { name: 'Entries' })
    .getByRole('button')
    .filter({ hasText: 'Cardiac coherence' });
  await expect(session).toContainText('5 min · distress 7 → 4');
  await app
    .getByRole('combobox', { name: /^Show/ })
    .selectOption({ label: 'Breathing and grounding sessions' });
  await expect(app.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(1);
  await shoot('timeline-sessions-en-light');
  await session.click();
  await expect(app.getByRole('region', { name: 'What seems to help me' })).toBeVisible();
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('grounding, one sense at a time, stopped early and saved', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Exercices' }).click();
    await app.getByRole('button', { name: /Commencer.*5-4-3-2-1/ }).click();
    await app.getByRole('button', { name: 'Passer' }).click();
    const first = app.getByRole('textbox').first();
    await first.fill('la lampe du bureau');
    await shoot('exercise-grounding-fr-dark');
    await expectNoAxeViolations(app);
    await app.getByRole('button', { name: 'Arrêter ici' }).click();
    await app.getByRole('button', { name: 'Passer' }).click();
    await expect(app.getByText('Arrêté avant la fin.')).toBeVisible();
    await app.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(app.getByRole('row', { name: /^Ancrage 5-4-3-2-1/ })).toBeVisible();
    await shoot('exercises-fr-dark');
    await expectNoAxeViolations(app);
  });
});
