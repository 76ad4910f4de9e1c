import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Warning signs while writing: a quiet notice, never a block. It offers the help page with the
 * reason, and the draft is still there afterwards; ordinary writing (idioms included) stays quiet.
 */
const PASSPHRASE = 'a lamp left on in the hall';

test('a risk phrase brings a gentle offer of help; writing and saving go on', async ({ app, shoot }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const body = app.getByLabel('What’s on your mind?');
  const ordinary = 'Long day. This job is killing me, but we laughed at lunch.';
  await body.fill(ordinary);
  // Read once typing settled (title, newline, body), and nothing to say.
  await expect(app.getByTestId('warning-checked')).toHaveAttribute(
    'data-length',
    String(ordinary.length + 1),
  );
  await expect(app.locator('.warning-notice')).toHaveCount(0);

  await body.fill('Long day. Honestly I don’t want to live anymore.');
  const notice = app.locator('.warning-notice');
  await expect(notice).toContainText('thoughts of not wanting to live');
  await shoot('warning-en-light');
  await expectNoAxeViolations(app);
  await notice.getByRole('button', { name: 'Open the help page' }).click();
  await expect(app.locator('.safety').getByText(/^You wrote words that sometimes go with/)).toBeVisible();
  await app.getByRole('button', { name: 'Close' }).click();
  await expect(body).toHaveText('Long day. Honestly I don’t want to live anymore.');

  await notice.getByRole('button', { name: 'Not now' }).click();
  await expect(notice).toHaveCount(0);
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await app.getByRole('navigation').getByText('Long day', { exact: true }).click();
  await expect(app.getByText('Long day. Honestly I don’t want to live anymore.')).toBeVisible();
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the notice in French', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByLabel('Qu’avez-vous en tête\u202f?').fill('Il m’a encore frappée hier soir.');
    await expect(app.locator('.warning-notice')).toContainText('de la part d’un ou d’une partenaire');
    await shoot('warning-fr-dark');
    await expectNoAxeViolations(app);
  });
});
