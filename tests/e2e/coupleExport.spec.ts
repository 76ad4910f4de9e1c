import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DESIRE_LIST } from '../../shared/content/couple/desireList';
import { expect, test } from './support/fixtures';
import { look, setUpPartner } from './support/couple';
import { createVaultAndEnter } from './support/journey';

/**
 * The couple summary for a therapist: after a revealed desire list, one partner prepares the
 * summary, each writes a note, each agrees with their own secret, and the file holds the
 * overlaps and both notes and never a "no". Then "Close" asks for the journal passphrase.
 */
const PASSPHRASE = 'the orchard after the rain';
const A = { name: 'Robin', pronouns: 'they', secret: 'robin keeps this one' };
const B = { name: 'Sam', pronouns: 'she', secret: 'sam has another one' };
const NOTE_A = 'We would like help with pace and with saying no kindly.';
const NOTE_B = 'Long hugs help me feel close after a hard week.';

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
    prepare: 'Prepare a summary',
    preparePreview: 'Prepare the preview',
    noteAs: (n: string) => `Write a note as ${n}`,
    note: 'Your note',
    saveNote: 'Save my note',
    agreeAs: (n: string) => `Agree as ${n}`,
    agree: 'I agree to share this',
    withdrawAs: (n: string) => `${n} takes back their agreement`,
    withdraw: 'Take back my agreement',
    withdrawn: 'Agreement taken back.',
    openSummary: 'Open the summary',
    readSummary: 'Read the summary',
    save: 'Save the file…',
    saved: 'Saved as alcove-couple-summary-',
    stop: 'Stop',
    stopped: 'Stopped. Nothing was written to a file.',
    close: 'Close',
    journalPassphrase: 'Journal passphrase',
    backToJournal: 'Back to the journal',
    lock: 'Lock Alcove',
    wrongPassphrase: 'That is not the journal passphrase.',
    partners: 'Robin and Sam',
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
    prepare: 'Préparer une synthèse',
    preparePreview: 'Préparer l’aperçu',
    noteAs: (n: string) => `Écrire un mot en tant que ${n}`,
    note: 'Votre mot',
    saveNote: 'Enregistrer mon mot',
    agreeAs: (n: string) => `Donner son accord en tant que ${n}`,
    agree: 'J’accepte de partager ceci',
    withdrawAs: (n: string) => `${n} retire son accord`,
    withdraw: 'Retirer mon accord',
    withdrawn: 'Accord retiré.',
    openSummary: 'Ouvrir la synthèse',
    readSummary: 'Lire la synthèse',
    save: 'Enregistrer le fichier…',
    saved: 'Enregistré sous alcove-couple-summary-',
    stop: 'Arrêter',
    stopped: 'Arrêté. Aucun fichier n’a été écrit.',
    close: 'Fermer',
    journalPassphrase: 'Phrase secrète du journal',
    backToJournal: 'Revenir au journal',
    lock: 'Verrouiller Alcove',
    wrongPassphrase: 'Ce n’est pas la phrase secrète du journal.',
    partners: 'Robin et Sam',
  },
} as const;

type Lang = keyof typeof S;
type Strings = (typeof S)[Lang];

async function answer(
  page: Page,
  s: Strings,
  partner: typeof A,
  answers: Record<string, 'yes' | 'maybe' | 'no'>,
) {
  await page.getByRole('button', { name: s.answerAs(partner.name) }).click();
  await page.getByRole('button', { name: s.iAm(partner.name) }).click();
  await page.getByLabel(s.byChoice).check();
  await page.getByLabel(s.canStop).check();
  await page.getByLabel(s.partnerCanStop).check();
  await page.getByRole('button', { name: s.startList }).click();
  for (const [item, choice] of Object.entries(answers)) {
    await page
      .locator(`fieldset[data-item="${item}"]`)
      .getByRole('radio', { name: s.choice[choice] })
      .check();
  }
  await page.getByRole('button', { name: s.seal }).click();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  await page.getByRole('button', { name: s.seal }).click();
  await page.getByRole('button', { name: s.back }).click();
}

async function ready(page: Page, s: Strings, partner: typeof A) {
  await page.getByRole('button', { name: s.readyAs(partner.name) }).click();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  await page.getByRole('button', { name: s.readyAs(partner.name) }).click();
  await expect(page.getByLabel(s.secretOf(partner.name), { exact: true })).toHaveCount(0);
}

/** Both answer, both are ready, both reveal: the desire list's overlaps are what both now see. */
async function revealedCouple(page: Page, s: Strings) {
  await page.getByRole('button', { name: s.open, exact: true }).click();
  await page.getByRole('button', { name: s.setUp, exact: true }).click();
  await setUpPartner(page, s, A, s.continue);
  await page.getByRole('button', { name: s.continue }).click();
  await setUpPartner(page, s, B, s.create);
  await answer(page, s, A, ANSWERS_A);
  await answer(page, s, B, ANSWERS_B);
  await ready(page, s, A);
  await ready(page, s, B);
  await page.getByRole('button', { name: s.reveal }).click();
  await page.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
  await page.getByLabel(s.secretOf(B.name), { exact: true }).fill(B.secret);
  await page.getByRole('button', { name: s.revealSubmit, exact: true }).click();
  await page.getByRole('button', { name: s.back }).click();
}

async function writeNote(page: Page, s: Strings, partner: typeof A, note: string) {
  await page.getByRole('button', { name: s.noteAs(partner.name) }).click();
  await page.getByLabel(s.note, { exact: true }).fill(note);
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  await page.getByRole('button', { name: s.saveNote }).click();
  await expect(page.getByTestId('couple-export-preview')).toContainText(note);
}

async function agree(page: Page, s: Strings, partner: typeof A, shots?: () => Promise<void>) {
  await page.getByRole('button', { name: s.agreeAs(partner.name) }).click();
  // No secret field until every part and the whole text are agreed to.
  await expect(page.getByLabel(s.secretOf(partner.name), { exact: true })).toHaveCount(0);
  for (const box of await page.locator('.couple-export-agree input[type="checkbox"]').all())
    await box.check();
  await page.getByLabel(s.secretOf(partner.name), { exact: true }).fill(partner.secret);
  if (shots) await shots();
  await page.getByRole('button', { name: s.agree, exact: true }).click();
  await expect(page.getByRole('button', { name: s.withdrawAs(partner.name) })).toBeVisible();
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
    test('both partners agree to the exact summary, the file holds no "no", and Close asks for the passphrase', async ({
      app,
      bridge,
      shoot,
    }) => {
      test.setTimeout(300_000);
      const s = S[run.lang];
      const suffix = `${run.lang}-${run.colorScheme}`;
      const item = (id: string) => DESIRE_LIST.items.find((i) => i.id === id)![run.lang];
      await createVaultAndEnter(app, PASSPHRASE, run.lang);
      await revealedCouple(app, s);
      await look(app, shoot, `couple-export-card-${suffix}`);

      // Stop is always there and asks nothing.
      await app.getByRole('button', { name: s.prepare }).click();
      await app.getByRole('button', { name: s.stop, exact: true }).click();
      await expect(app.getByText(s.stopped)).toBeVisible();

      await app.getByRole('button', { name: s.prepare }).click();
      await app.locator('.couple-export-sections input[type="checkbox"]').first().check();
      await app.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
      await look(app, shoot, `couple-export-choose-${suffix}`);
      await app.getByRole('button', { name: s.preparePreview }).click();
      const preview = app.getByTestId('couple-export-preview');
      await expect(preview).toContainText(item('long-hug'));

      await writeNote(app, s, A, NOTE_A);
      await app.getByRole('button', { name: s.noteAs(B.name) }).click();
      await app.getByLabel(s.note, { exact: true }).fill(NOTE_B);
      await look(app, shoot, `couple-export-note-${suffix}`);
      await app.getByLabel(s.secretOf(B.name), { exact: true }).fill(B.secret);
      await app.getByRole('button', { name: s.saveNote }).click();
      await expect(preview).toContainText(NOTE_B);
      await look(app, shoot, `couple-export-review-${suffix}`);

      await agree(app, s, A, () => look(app, shoot, `couple-export-agree-${suffix}`));
      // Taking it back asks no reason; agreeing again works.
      await app.getByRole('button', { name: s.withdrawAs(A.name) }).click();
      await app.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
      await app.getByRole('button', { name: s.withdraw }).click();
      await expect(app.getByText(s.withdrawn)).toBeVisible();
      await app.getByRole('button', { name: s.openSummary }).click();
      await app.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
      await app.getByRole('button', { name: s.readSummary }).click();
      await expect(app.getByRole('button', { name: s.save })).toHaveCount(0);
      await agree(app, s, A);
      await agree(app, s, B);
      await expect(app.getByTestId('couple-export-approvals').locator('[data-approved="true"]')).toHaveCount(
        2,
      );
      await look(app, shoot, `couple-export-approved-${suffix}`);
      const shown = (await preview.textContent())!;

      await app.getByRole('button', { name: s.save }).click();
      await app.getByLabel(s.secretOf(A.name), { exact: true }).fill(A.secret);
      await app.getByRole('button', { name: s.save }).click();
      await expect(app.getByText(s.saved)).toBeVisible();

      const [file] = fs
        .readdirSync(bridge.dialogDir)
        .filter((name) => name.startsWith('alcove-couple-summary-'));
      expect(file).toMatch(/\.md$/);
      const written = fs.readFileSync(path.join(bridge.dialogDir, file!), 'utf8');
      expect(written).toBe(shown);
      expect(written).toContain(s.partners);
      for (const present of ['long-hug', 'massage-back']) expect(written).toContain(item(present));
      expect(written).toContain(NOTE_A);
      expect(written).toContain(NOTE_B);
      // Robin's "no" against Sam's "yes", Sam's "no" against Robin's "maybe", and maybe/maybe.
      for (const absent of ['blindfold', 'talk-likes', 'toys']) expect(written).not.toContain(item(absent));

      // Leaving: the journal behind the space takes its passphrase; locking is one click.
      await app.getByRole('button', { name: s.close, exact: true }).click();
      await expect(app.getByRole('button', { name: s.lock })).toBeVisible();
      await app.getByLabel(s.journalPassphrase, { exact: true }).fill('not the passphrase');
      await app.getByRole('button', { name: s.backToJournal }).click();
      await expect(app.getByText(s.wrongPassphrase)).toBeVisible();
      await expect(app.getByRole('navigation')).toHaveCount(0);
      await look(app, shoot, `couple-export-leave-${suffix}`);
      await app.getByLabel(s.journalPassphrase, { exact: true }).fill(PASSPHRASE);
      await app.getByRole('button', { name: s.backToJournal }).click();
      await expect(app.getByRole('navigation')).toBeVisible();
    });
  });
}
