import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { look, setUpPartner } from './support/couple';
import { createVaultAndEnter } from './support/journey';

/**
 * The couple space's conversations: two partners on one computer answer a weekly check-in and
 * a deck question, each alone at the keyboard; both say they are ready and both secrets reveal
 * the answers side by side. Before the reveal, nothing one partner wrote shows on the other's
 * screens; a warning sign written by one partner shows the notice to that partner only.
 */
const PASSPHRASE = 'the orchard after the rain';
const A = { name: 'Robin', pronouns: 'they', secret: 'robin keeps this one' };
const B = { name: 'Sam', pronouns: 'she', secret: 'sam has another one' };

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
    openTalk: 'Open conversations',
    answerAs: (n: string) => `Answer as ${n}`,
    iAm: (n: string) => `I am ${n}, continue`,
    connection: 'How connected I felt to you this week',
    wentWell: 'What went well between us',
    need: 'What I need this week',
    deckAnswer: 'Your answer',
    seal: 'Seal my answer',
    secretOf: (n: string) => `Secret of ${n}`,
    back: 'Back to conversations',
    readyAs: (n: string) => `${n} is ready`,
    reveal: 'Reveal together',
    revealSubmit: 'Reveal',
    sideBySide: 'Side by side',
    draw: 'Draw a question',
    another: 'Another question',
    history: 'Revealed before',
    readAgain: 'Read again',
    byChoice: 'I am here by choice.',
    canStop: 'I can stop at any time.',
    start: 'Start',
    pause: 'Pause',
    paused: 'Paused. Nothing was saved.',
    warning: 'My partner hit me again last night.',
    warningAbout: 'being hurt, threatened or controlled by a partner',
    notNow: 'Not now',
    textA: { wentWell: 'Cooking together on Thursday', need: 'An evening without screens' },
    textB: { wentWell: 'The walk by the canal', need: 'A slow Sunday morning' },
    deckA: 'The lake where I learned to swim',
    deckB: 'My grandmother’s kitchen',
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
    openTalk: 'Ouvrir les conversations',
    answerAs: (n: string) => `Répondre en tant que ${n}`,
    iAm: (n: string) => `Je suis ${n}, continuer`,
    connection: 'Mon sentiment de lien avec toi cette semaine',
    wentWell: 'Ce qui a bien marché entre nous',
    need: 'Ce dont j’ai besoin cette semaine',
    deckAnswer: 'Votre réponse',
    seal: 'Sceller ma réponse',
    secretOf: (n: string) => `Secret de ${n}`,
    back: 'Retour aux conversations',
    readyAs: (n: string) => `${n} est prêt·e`,
    reveal: 'Révéler ensemble',
    revealSubmit: 'Révéler',
    sideBySide: 'Côte à côte',
    draw: 'Tirer une question',
    another: 'Une autre question',
    history: 'Déjà révélées',
    readAgain: 'Relire',
    byChoice: 'Je suis là parce que je le choisis.',
    canStop: 'Je peux arrêter à tout moment.',
    start: 'Commencer',
    pause: 'Pause',
    paused: 'En pause. Rien n’a été enregistré.',
    warning: 'Mon ou ma partenaire m’a encore frappé hier soir.',
    warningAbout: 'des violences, menaces ou du contrôle de la part d’un ou d’une partenaire',
    notNow: 'Pas maintenant',
    textA: { wentWell: 'Cuisiner ensemble jeudi', need: 'Une soirée sans écrans' },
    textB: { wentWell: 'La balade le long du canal', need: 'Un dimanche matin tranquille' },
    deckA: 'Le lac où j’ai appris à nager',
    deckB: 'La cuisine de ma grand-mère',
  },
} as const;

type Lang = keyof typeof S;
type Strings = (typeof S)[Lang];

/** Nothing the other partner wrote is anywhere on the page (text or attribute). */
async function expectAbsent(page: Page, texts: readonly string[]) {
  for (const text of texts) await expect(page.locator('body')).not.toContainText(text);
  const html = await page.content();
  for (const text of texts) expect(html).not.toContain(text);
}

async function seal(page: Page, s: Strings, partner: typeof A, hidden: readonly string[]) {
  await page.getByRole('button', { name: s.seal }).click();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  await expectAbsent(page, hidden);
  await page.getByRole('button', { name: s.seal }).click();
  await expectAbsent(page, hidden);
  await page.getByRole('button', { name: s.back }).click();
}

async function ready(page: Page, s: Strings, partner: typeof A) {
  await page.getByRole('button', { name: s.readyAs(partner.name) }).click();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  await page.getByRole('button', { name: s.readyAs(partner.name) }).click();
  await expect(page.getByLabel(s.secretOf(partner.name), { exact: true })).toHaveCount(0);
}

async function revealTogether(page: Page, s: Strings, shots?: () => Promise<void>) {
  await page.getByRole('button', { name: s.reveal }).click();
  await page.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
  await page.getByLabel(s.secretOf(B.name), { exact: true }).fill(B.secret);
  if (shots) await shots();
  await page.getByRole('button', { name: s.revealSubmit, exact: true }).click();
  await expect(page.getByRole('heading', { name: s.sideBySide })).toBeVisible();
}

const side = (page: Page, partner: 'a' | 'b', field: string) =>
  page.locator(`.talk-side[data-partner="${partner}"][data-field="${field}"]`);

const RUNS = [
  { lang: 'en', colorScheme: 'light', locale: 'en-GB' },
  { lang: 'fr', colorScheme: 'dark', locale: 'fr-FR' },
  { lang: 'en', colorScheme: 'dark', locale: 'en-GB' },
  { lang: 'fr', colorScheme: 'light', locale: 'fr-FR' },
] as const;

for (const run of RUNS) {
  test.describe(`${run.lang}, ${run.colorScheme}`, () => {
    test.use({ locale: run.locale, colorScheme: run.colorScheme });
    test('two partners answer a check-in and a deck question privately, then read both side by side', async ({
      app,
      shoot,
    }) => {
      // Two set-ups, a dozen secrets (each an Argon2id derivation) and axe on a dozen screens.
      test.setTimeout(300_000);
      const s = S[run.lang];
      const suffix = `${run.lang}-${run.colorScheme}`;
      await createVaultAndEnter(app, PASSPHRASE, run.lang);
      await app.getByRole('button', { name: s.open, exact: true }).click();
      await app.getByRole('button', { name: s.setUp, exact: true }).click();
      await setUpPartner(app, s, A, s.continue);
      await app.getByRole('button', { name: s.continue }).click();
      await setUpPartner(app, s, B, s.create);
      await expect(app.getByRole('button', { name: s.openTalk })).toBeVisible();
      await look(app, shoot, `talk-home-card-${suffix}`);

      await app.getByRole('button', { name: s.openTalk }).click();
      await look(app, shoot, `talk-list-${suffix}`);

      // The weekly check-in: Robin first.
      await app.locator('[data-exercise="check-in"]').click();
      await look(app, shoot, `talk-checkin-${suffix}`);
      await app.getByRole('button', { name: s.answerAs(A.name) }).click();
      await look(app, shoot, `talk-handover-${suffix}`);
      await app.getByRole('button', { name: s.iAm(A.name) }).click();
      await app
        .getByRole('group', { name: s.connection })
        .getByRole('radio', { name: '7', exact: true })
        .check();
      await app.getByLabel(s.wentWell).fill(s.textA.wentWell);
      // A warning sign, written by Robin, brings the notice to Robin, here and now.
      await app.getByLabel(s.need).fill(s.warning);
      const notice = app.locator('.warning-notice');
      await expect(notice).toContainText(s.warningAbout);
      await expect(app.getByRole('button', { name: s.pause })).toBeVisible();
      await look(app, shoot, `talk-answer-warning-${suffix}`);
      await app.getByLabel(s.need).fill(s.textA.need);
      await expect(app.getByTestId('warning-checked').last()).toHaveAttribute(
        'data-length',
        String(s.textA.need.length),
      );
      await expect(notice).toHaveCount(0);
      await look(app, shoot, `talk-answer-checkin-${suffix}`);
      await seal(app, s, A, []);

      // Sam's turn: none of Robin's words, and no trace of Robin's notice, on any of Sam's screens.
      const robinWrote = [s.textA.wentWell, s.textA.need, s.warning];
      await expectAbsent(app, robinWrote);
      await app.getByRole('button', { name: s.answerAs(B.name) }).click();
      await expectAbsent(app, robinWrote);
      await app.getByRole('button', { name: s.iAm(B.name) }).click();
      await expectAbsent(app, robinWrote);
      await expect(app.locator('.warning-notice')).toHaveCount(0);
      await app
        .getByRole('group', { name: s.connection })
        .getByRole('radio', { name: '4', exact: true })
        .check();
      await app.getByLabel(s.wentWell).fill(s.textB.wentWell);
      await app.getByLabel(s.need).fill(s.textB.need);
      await seal(app, s, B, robinWrote);
      await expectAbsent(app, [...robinWrote, s.textB.need]);

      await ready(app, s, A);
      // The reveal is offered only once both said they are ready.
      await expect(app.getByRole('button', { name: s.reveal })).toHaveCount(0);
      await ready(app, s, B);
      await look(app, shoot, `talk-both-ready-${suffix}`);
      await revealTogether(app, s, () => look(app, shoot, `talk-reveal-${suffix}`));
      await expect(side(app, 'a', 'need')).toContainText(s.textA.need);
      await expect(side(app, 'a', 'need')).toContainText(A.name);
      await expect(side(app, 'b', 'need')).toContainText(s.textB.need);
      await expect(side(app, 'b', 'need')).toContainText(B.name);
      await expect(side(app, 'a', 'connection')).toContainText('7');
      await expect(side(app, 'b', 'connection')).toContainText('4');
      await expect(side(app, 'b', 'went-well')).toContainText(s.textB.wentWell);
      await look(app, shoot, `talk-revealed-checkin-${suffix}`);
      await app.getByRole('button', { name: s.back }).click();

      // A deck: draw, draw another, then both answer that question.
      await app.locator('[data-exercise="deck-knowing"]').click();
      await app.getByRole('button', { name: s.draw }).click();
      const question = app.locator('.talk-question');
      const first = await question.getAttribute('data-question');
      await app.getByRole('button', { name: s.another }).click();
      await expect(question).not.toHaveAttribute('data-question', first!);
      const questionText = (await question.textContent())!;
      await look(app, shoot, `talk-deck-${suffix}`);
      await app.getByRole('button', { name: s.answerAs(A.name) }).click();
      await app.getByRole('button', { name: s.iAm(A.name) }).click();
      await expect(app.getByRole('heading', { name: questionText })).toBeVisible();
      await app.getByLabel(s.deckAnswer).fill(s.deckA);
      await look(app, shoot, `talk-answer-deck-${suffix}`);
      await seal(app, s, A, []);
      await app.getByRole('button', { name: s.answerAs(B.name) }).click();
      await app.getByRole('button', { name: s.iAm(B.name) }).click();
      await expectAbsent(app, [s.deckA]);
      await app.getByLabel(s.deckAnswer).fill(s.deckB);
      await seal(app, s, B, [s.deckA]);
      await ready(app, s, A);
      await ready(app, s, B);
      await revealTogether(app, s);
      await expect(app.getByRole('heading', { name: questionText })).toBeVisible();
      await expect(side(app, 'a', 'answer')).toContainText(s.deckA);
      await expect(side(app, 'b', 'answer')).toContainText(s.deckB);
      await look(app, shoot, `talk-revealed-deck-${suffix}`);
      await app.getByRole('button', { name: s.back }).click();

      // The history: both rounds, and Sam rereads the check-in with Sam's own secret.
      const history = app.locator('.talk-history li');
      await expect(history).toHaveCount(2);
      await expect(history.first()).toContainText(questionText);
      await look(app, shoot, `talk-history-${suffix}`);
      await history.nth(1).getByRole('button', { name: s.readAgain }).click();
      await app.getByRole('radio', { name: B.name }).check();
      await app.getByLabel(s.secretOf(B.name), { exact: true }).fill(B.secret);
      await look(app, shoot, `talk-read-again-${suffix}`);
      await app.getByRole('button', { name: s.continue }).click();
      await expect(side(app, 'a', 'need')).toContainText(s.textA.need);
      await expect(side(app, 'b', 'need')).toContainText(s.textB.need);
      await app.getByRole('button', { name: s.back }).click();

      // Accelerators and brakes is intimate: the consent check-in first, and Pause keeps nothing.
      await app.locator('[data-exercise="accelerators-brakes"]').click();
      await app.getByRole('button', { name: s.answerAs(A.name) }).click();
      await app.getByRole('button', { name: s.iAm(A.name) }).click();
      const start = app.getByRole('button', { name: s.start, exact: true });
      await expect(start).toBeDisabled();
      await app.getByLabel(s.byChoice).check();
      await app.getByLabel(s.canStop).check();
      await look(app, shoot, `talk-consent-${suffix}`);
      await app.getByRole('button', { name: s.pause }).click();
      await expect(app.getByText(s.paused)).toBeVisible();
      await expect(app.getByRole('button', { name: s.answerAs(A.name) })).toBeVisible();
    });
  });
}
