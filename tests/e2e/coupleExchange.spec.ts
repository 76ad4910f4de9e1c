import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, REPO_ROOT, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Two machines, simulated with two vaults: the `app` fixture's bridge is Alex's computer, a
 * second bridge (its own data dir, the same dialog folder, like a shared USB stick) is Sam's,
 * in its own browser context. They pair by comparing the same code, run the desire list across
 * as three files, and both see only the overlaps; importing a file twice is refused plainly.
 */
const PASSPHRASE = 'the orchard after the rain';
const ALEX = 'Alex';
const SAM = 'Sam';

/** Alex: blindfold no, talk-likes maybe; Sam: blindfold yes, talk-likes no. toys is maybe/maybe. */
const ANSWERS_ALEX = {
  'long-hug': 'yes',
  'massage-back': 'yes',
  blindfold: 'no',
  toys: 'maybe',
  'talk-likes': 'maybe',
} as const;
const ANSWERS_SAM = {
  'long-hug': 'yes',
  'massage-back': 'maybe',
  blindfold: 'yes',
  toys: 'maybe',
  'talk-likes': 'no',
} as const;

const S = {
  en: {
    open: 'Couple',
    entry: 'With a partner on another computer',
    name: 'Your name, as your partner will see it',
    continue: 'Continue',
    saveCard: 'Save my pairing card',
    importCard: 'Import my partner’s card',
    match: 'The codes match',
    invite: (n: string) => `Answer and invite ${n}`,
    answer: 'Answer privately',
    byChoice: 'I am here by choice.',
    canStop: 'I can stop at any time.',
    partnerCanStop: 'I know my partner can stop at any time, without explaining.',
    startList: 'Start the list',
    choice: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
    make: 'Make the invitation',
    makeReply: 'Make my reply',
    saveFile: 'Save the file',
    importFrom: (n: string) => `Import a file from ${n}`,
    waitingReply: (n: string) => `Waiting for ${n}’s reply.`,
    pause: 'Pause',
    paused: 'Paused. Nothing was saved.',
    overlaps: 'What you both want',
    replayed: (n: string) => `This file was already imported, or a newer file from ${n} was.`,
  },
  fr: {
    open: 'Couple',
    entry: 'Avec un ou une partenaire sur un autre ordinateur',
    name: 'Votre prénom, tel que l’autre le verra',
    continue: 'Continuer',
    saveCard: 'Enregistrer ma carte d’appairage',
    importCard: 'Importer la carte de l’autre',
    match: 'Les codes sont identiques',
    invite: (n: string) => `Répondre et inviter ${n}`,
    answer: 'Répondre en privé',
    byChoice: 'Je suis là parce que je le choisis.',
    canStop: 'Je peux arrêter à tout moment.',
    partnerCanStop: 'Je sais que l’autre peut arrêter à tout moment, sans se justifier.',
    startList: 'Commencer la liste',
    choice: { yes: 'Oui', maybe: 'Peut-être', no: 'Non' },
    make: 'Préparer l’invitation',
    makeReply: 'Préparer ma réponse',
    saveFile: 'Enregistrer le fichier',
    importFrom: (n: string) => `Importer un fichier de ${n}`,
    waitingReply: (n: string) => `En attente de la réponse de ${n}.`,
    pause: 'Pause',
    paused: 'En pause. Rien n’a été enregistré.',
    overlaps: 'Vos envies communes',
    replayed: (n: string) => `Ce fichier a déjà été importé, ou un fichier plus récent de ${n} l’a été.`,
  },
} as const;

type Strings = (typeof S)[keyof typeof S];

/** A screenshot of either computer's page under test-results/screens, then axe on it. */
async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(REPO_ROOT, 'test-results/screens', `${name}.png`),
    fullPage: true,
  });
  await expectNoAxeViolations(page);
}

async function openExchange(page: Page, lang: keyof typeof S): Promise<void> {
  const s = S[lang];
  await createVaultAndEnter(page, PASSPHRASE, lang);
  await page.getByRole('button', { name: s.open, exact: true }).click();
  await page.getByRole('button', { name: s.entry }).click();
}

async function answerList(
  page: Page,
  s: Strings,
  answers: Record<string, 'yes' | 'maybe' | 'no'>,
  submit: string,
  shot?: string,
): Promise<void> {
  const start = page.getByRole('button', { name: s.startList });
  await expect(start).toBeDisabled();
  await page.getByLabel(s.byChoice).check();
  await page.getByLabel(s.canStop).check();
  await page.getByLabel(s.partnerCanStop).check();
  if (shot) await look(page, `${shot}-consent`);
  await start.click();
  for (const [item, choice] of Object.entries(answers)) {
    await page
      .locator(`fieldset[data-item="${item}"]`)
      .getByRole('radio', { name: s.choice[choice] })
      .check();
  }
  await expect(page.getByRole('button', { name: s.pause })).toBeVisible();
  if (shot) await look(page, `${shot}-list`);
  await page.getByRole('button', { name: submit }).click();
  // The core has made the file: the screen now says what it holds and offers to save it.
  await expect(page.getByRole('button', { name: s.saveFile })).toBeVisible();
}

async function saveFile(page: Page, s: Strings): Promise<void> {
  await page.getByRole('button', { name: s.saveFile }).click();
  await expect(page.getByRole('status').filter({ hasText: '.alcovepx' })).toBeVisible();
}

async function expectOnlyOverlaps(page: Page, s: Strings): Promise<void> {
  await expect(page.getByRole('heading', { name: s.overlaps })).toBeVisible();
  await expect(page.getByTestId('both-yes').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('both-yes').locator('[data-item="long-hug"]')).toBeVisible();
  await expect(page.getByTestId('yes-maybe').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('yes-maybe').locator('[data-item="massage-back"]')).toBeVisible();
  // A "no" against a "yes", a "no" against a "maybe", and maybe/maybe: absent on both sides.
  for (const absent of ['blindfold', 'talk-likes', 'toys']) {
    await expect(page.locator(`.couple-overlaps [data-item="${absent}"]`)).toHaveCount(0);
  }
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
    test('two vaults pair on the same code, match the desire list across, and refuse a replayed file', async ({
      app,
      bridge,
      browser,
    }) => {
      // Two vaults, two 39-item lists, six files and axe on a dozen screens: minutes on a shared machine.
      test.setTimeout(480_000);
      const s = S[run.lang];
      const shot = (name: string) => `couple-exchange-${name}-${run.lang}-${run.colorScheme}`;
      const sam = await secondComputer(browser, bridge.dialogDir, run);
      try {
        const alex = app;
        const other = sam.page;
        await openExchange(alex, run.lang);
        await look(alex, shot('name'));
        await alex.getByLabel(s.name).fill(ALEX);
        await alex.getByRole('button', { name: s.continue }).click();
        await openExchange(other, run.lang);
        await other.getByLabel(s.name).fill(SAM);
        await other.getByRole('button', { name: s.continue }).click();

        // Pairing: each saves a card and imports the other's; both screens show the same code.
        await alex.getByRole('button', { name: s.saveCard }).click();
        await expect(alex.getByRole('status').filter({ hasText: '.txt' })).toBeVisible();
        await look(alex, shot('pair'));
        await other.getByRole('button', { name: s.saveCard }).click();
        await expect(other.getByRole('status').filter({ hasText: '.txt' })).toBeVisible();
        await alex.getByRole('button', { name: s.importCard }).click();
        await other.getByRole('button', { name: s.importCard }).click();
        const codeAlex = (await alex.getByTestId('pairing-code').locator('li').allTextContents()).join(' ');
        const codeSam = (await other.getByTestId('pairing-code').locator('li').allTextContents()).join(' ');
        expect(codeAlex).toMatch(/^\d{5}( \d{5}){11}$/);
        expect(codeSam).toBe(codeAlex);
        await look(alex, shot('code'));
        await alex.getByRole('button', { name: s.match }).click();
        await other.getByRole('button', { name: s.match }).click();
        await expect(alex.getByRole('button', { name: s.invite(SAM) })).toBeVisible();
        await look(alex, shot('paired'));

        // Pause keeps nothing; then Alex answers and makes the invitation.
        await alex.getByRole('button', { name: s.invite(SAM) }).click();
        await alex.getByRole('button', { name: s.pause }).click();
        await expect(alex.getByText(s.paused)).toBeVisible();
        await alex.getByRole('button', { name: s.invite(SAM) }).click();
        await answerList(alex, s, ANSWERS_ALEX, s.make, shot('answer'));
        await look(alex, shot('invitation'));
        await saveFile(alex, s);
        await expect(alex.getByText(s.waitingReply(SAM))).toBeVisible();

        // Sam imports the invitation, answers on their own computer and makes the reply.
        await other.getByRole('button', { name: s.importFrom(ALEX) }).click();
        await expect(other.getByRole('button', { name: s.answer })).toBeVisible();
        await look(other, shot('invited'));
        await other.getByRole('button', { name: s.answer }).click();
        await answerList(other, s, ANSWERS_SAM, s.makeReply);
        await look(other, shot('reply'));
        await saveFile(other, s);

        // Alex imports the reply, sees the overlaps first and saves the last file.
        await alex.getByRole('button', { name: s.importFrom(SAM) }).click();
        await expectOnlyOverlaps(alex, s);
        await look(alex, shot('overlaps-first'));
        await saveFile(alex, s);

        // Sam imports it and sees the same.
        await other
          .getByRole('button', { name: s.importFrom(ALEX) })
          .last()
          .click();
        await expectOnlyOverlaps(other, s);
        await look(other, shot('overlaps'));

        // The same file again: refused, plainly, and nothing changes.
        await other
          .getByRole('button', { name: s.importFrom(ALEX) })
          .last()
          .click();
        await expect(other.getByRole('alert')).toContainText(s.replayed(ALEX));
        await expectOnlyOverlaps(other, s);
        await look(other, shot('replayed'));
        expect(sam.foreign, 'requests from the second computer to another origin').toEqual([]);
      } finally {
        await sam.close();
      }
    });
  });
}

/**
 * The second computer: a bridge on its own temp data dir sharing the first one's dialog folder,
 * and a page in its own browser context (each bridge keeps its own session cookie).
 */
async function secondComputer(
  browser: Browser,
  dialogDir: string,
  run: (typeof RUNS)[number],
): Promise<{ page: Page; foreign: string[]; close: () => Promise<void> }> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-e2e-second-'));
  const dataDir = path.join(scratch, 'data');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/bridge/main.ts',
      '--data-dir',
      dataDir,
      '--host',
      'test',
      '--dialog-dir',
      dialogDir,
      '--exit-on-stdin-close',
    ],
    { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stop = () => stopChild(child).finally(() => fs.rmSync(scratch, { recursive: true, force: true }));
  try {
    const { url, origin } = await readyLine(child);
    const context = await browser.newContext({
      locale: run.locale,
      colorScheme: run.colorScheme,
      serviceWorkers: 'block',
    });
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const target = new URL(route.request().url());
      if (target.protocol === 'data:' || target.protocol === 'blob:' || target.origin === origin) {
        return route.continue();
      }
      foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.goto(url);
    await expect(page).toHaveURL(`${origin}/`);
    return {
      page,
      foreign,
      close: async () => {
        await context.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readyLine(child: ChildProcess): Promise<{ url: string; origin: string }> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('the second bridge was not ready in 30 s')), 30_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      resolve(JSON.parse(buffered.slice(0, newline)) as { url: string; origin: string });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the second bridge exited (${code}) before it was ready`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
