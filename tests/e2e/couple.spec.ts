import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { look, setUpPartner } from './support/couple';
import { createVaultAndEnter } from './support/journey';

/**
 * Two partners on one computer: set-up with a hand-over, each answers the desire list
 * privately after a consent check-in, both say they are ready, and the reveal shows only the
 * overlaps. A "no" of one partner and a "yes" of the other never shows.
 */
const PASSPHRASE = 'the orchard after the rain';
const A = { name: 'Robin', pronouns: 'they', secret: 'robin keeps this one' };
const B = { name: 'Sam', pronouns: 'she', secret: 'sam has another one' };

/** A: blindfold no, talk-likes maybe; B: blindfold yes, talk-likes no. toys is maybe/maybe. */
const ANSWERS_A = {
  'long-hug': 'yes',
  'massage-back': 'yes',
  blindfold: 'no',
  toys: 'maybe',
  'talk-likes': 'maybe',
} as const;
const ANSWERS_B = {
  'long-hug': 'yes',
  'massage-back': 'maybe',
  blindfold: 'yes',
  toys: 'maybe',
  'talk-likes': 'no',
} as const;

const S = {
  en: {
    open: 'Couple',
    setUp: 'Set up',
    name: 'Name you want to be called',
    pronouns: 'Pronouns (optional)',
    secret: 'Your own secret',
    repeat: 'Repeat your secret',
    continue: 'Continue',
    create: 'Create the couple space',
    answerAs: (n: string) => `Answer as ${n}`,
    iAm: (n: string) => `I am ${n}, continue`,
    byChoice: 'I am here by choice.',
    canStop: 'I can stop at any time.',
    partnerCanStop: 'I know my partner can stop at any time, without explaining.',
    startList: 'Start the list',
    choice: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
    seal: 'Seal my answers',
    secretOf: (n: string) => `Secret of ${n}`,
    back: 'Back to the couple space',
    readyAs: (n: string) => `${n} is ready`,
    reveal: 'Reveal together',
    revealSubmit: 'Reveal',
    overlaps: 'What you both want',
    pause: 'Pause',
    paused: 'Paused. Nothing was saved.',
    wrong: 'One of the two secrets does not open this. Each of you checks yours and tries again.',
  },
  fr: {
    open: 'Couple',
    setUp: 'Créer',
    name: 'Le prénom ou nom par lequel vous appeler',
    pronouns: 'Pronoms (facultatif)',
    secret: 'Votre propre secret',
    repeat: 'Répétez votre secret',
    continue: 'Continuer',
    create: 'Créer l’espace couple',
    answerAs: (n: string) => `Répondre en tant que ${n}`,
    iAm: (n: string) => `Je suis ${n}, continuer`,
    byChoice: 'Je suis là parce que je le choisis.',
    canStop: 'Je peux arrêter à tout moment.',
    partnerCanStop: 'Je sais que l’autre peut arrêter à tout moment, sans se justifier.',
    startList: 'Commencer la liste',
    choice: { yes: 'Oui', maybe: 'Peut-être', no: 'Non' },
    seal: 'Sceller mes réponses',
    secretOf: (n: string) => `Secret de ${n}`,
    back: 'Retour à l’espace couple',
    readyAs: (n: string) => `${n} est prêt·e`,
    reveal: 'Révéler ensemble',
    revealSubmit: 'Révéler',
    overlaps: 'Vos envies communes',
    pause: 'Pause',
    paused: 'En pause. Rien n’a été enregistré.',
    wrong: 'L’un des deux secrets n’ouvre pas cet espace. Chaque partenaire vérifie le sien et réessaie.',
  },
} as const;

type Lang = keyof typeof S;

async function answer(
  page: Page,
  s: (typeof S)[Lang],
  partner: typeof A,
  answers: Record<string, 'yes' | 'maybe' | 'no'>,
  shots?: { shoot: (name: string) => Promise<string>; suffix: string },
) {
  await page.getByRole('button', { name: s.answerAs(partner.name) }).click();
  if (shots) await look(page, shots.shoot, `couple-answer-handover-${shots.suffix}`);
  await page.getByRole('button', { name: s.iAm(partner.name) }).click();
  const start = page.getByRole('button', { name: s.startList });
  await expect(start).toBeDisabled();
  await page.getByLabel(s.byChoice).check();
  await page.getByLabel(s.canStop).check();
  if (shots) await look(page, shots.shoot, `couple-consent-${shots.suffix}`);
  await page.getByLabel(s.partnerCanStop).check();
  await start.click();
  for (const [item, choice] of Object.entries(answers)) {
    await page
      .locator(`fieldset[data-item="${item}"]`)
      .getByRole('radio', { name: s.choice[choice] })
      .check();
  }
  await expect(page.getByRole('button', { name: s.pause })).toBeVisible();
  if (shots) await look(page, shots.shoot, `couple-list-${shots.suffix}`);
  await page.getByRole('button', { name: s.seal }).click();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  if (shots) await look(page, shots.shoot, `couple-seal-${shots.suffix}`);
  await page.getByRole('button', { name: s.seal }).click();
  await page.getByRole('button', { name: s.back }).click();
}

async function ready(page: Page, s: (typeof S)[Lang], partner: typeof A) {
  await page.getByRole('button', { name: s.readyAs(partner.name) }).click();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  await page.getByRole('button', { name: s.readyAs(partner.name) }).click();
  await expect(page.getByLabel(s.secretOf(partner.name), { exact: true })).toHaveCount(0);
}

const RUNS = [
  { lang: 'en', colorScheme: 'light', locale: 'en-GB' },
  { lang: 'fr', colorScheme: 'dark', locale: 'fr-FR' },
  { lang: 'en', colorScheme: 'dark', locale: 'en-GB' },
  { lang: 'fr', colorScheme: 'light', locale: 'fr-FR' },
] as const;

for (const run of RUNS) {
  test.describe(`${run.lang}, ${run.colorScheme}`, () => {
    test.use({ locale: run.locale, colorScheme: run.colorScheme });
    test('two partners answer privately, confirm, and see only the overlaps', async ({ app, shoot }) => {
      // Two set-ups, two 39-item lists, a reveal, and axe on eleven screens: minutes on a shared machine.
      test.setTimeout(300_000);
      const s = S[run.lang];
      const suffix = `${run.lang}-${run.colorScheme}`;
      await createVaultAndEnter(app, PASSPHRASE, run.lang);
      await app.getByRole('button', { name: s.open, exact: true }).click();
      await look(app, shoot, `couple-intro-${suffix}`);
      // The other partner may be at the keyboard: no entry list, no way into the journal but Lock.
      await expect(app.getByRole('navigation')).toHaveCount(0);
      await expect(app.getByRole('banner').getByRole('button', { name: s.open, exact: true })).toHaveCount(0);
      await app.keyboard.press('Control+K');
      await expect(app.getByRole('dialog')).toHaveCount(0);

      await app.getByRole('button', { name: s.setUp, exact: true }).click();
      await look(app, shoot, `couple-setup-a-${suffix}`);
      await setUpPartner(app, s, A, s.continue);
      await look(app, shoot, `couple-setup-handover-${suffix}`);
      await app.getByRole('button', { name: s.continue }).click();
      await setUpPartner(app, s, B, s.create);
      await expect(app.getByRole('button', { name: s.answerAs(B.name) })).toBeVisible();
      await look(app, shoot, `couple-home-${suffix}`);

      // Pause at any step: back home, nothing saved.
      await app.getByRole('button', { name: s.answerAs(A.name) }).click();
      await app.getByRole('button', { name: s.pause }).click();
      await expect(app.getByText(s.paused)).toBeVisible();

      await answer(app, s, A, ANSWERS_A, { shoot, suffix });
      await answer(app, s, B, ANSWERS_B);
      await ready(app, s, A);
      await look(app, shoot, `couple-one-ready-${suffix}`);
      // The reveal is offered only once both said they are ready.
      await expect(app.getByRole('button', { name: s.reveal })).toHaveCount(0);
      await ready(app, s, B);

      await app.getByRole('button', { name: s.reveal }).click();
      await app.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
      await app.getByLabel(s.secretOf(B.name), { exact: true }).fill(A.secret);
      await app.getByRole('button', { name: s.revealSubmit, exact: true }).click();
      await expect(app.getByText(s.wrong)).toBeVisible();
      await app.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
      await app.getByLabel(s.secretOf(B.name), { exact: true }).fill(B.secret);
      await look(app, shoot, `couple-reveal-${suffix}`);
      await app.getByRole('button', { name: s.revealSubmit, exact: true }).click();

      await expect(app.getByRole('heading', { name: s.overlaps })).toBeVisible();
      await expect(app.getByTestId('both-yes').locator('li')).toHaveCount(1);
      await expect(app.getByTestId('both-yes').locator('[data-item="long-hug"]')).toBeVisible();
      await expect(app.getByTestId('yes-maybe').locator('li')).toHaveCount(1);
      await expect(app.getByTestId('yes-maybe').locator('[data-item="massage-back"]')).toBeVisible();
      // Robin's "no" against Sam's "yes", Sam's "no" against Robin's "maybe", and maybe/maybe: absent.
      for (const absent of ['blindfold', 'talk-likes', 'toys']) {
        await expect(app.locator(`.couple-overlaps [data-item="${absent}"]`)).toHaveCount(0);
      }
      await look(app, shoot, `couple-overlaps-${suffix}`);
    });
  });
}
