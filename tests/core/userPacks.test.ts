import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PACK_FILE_BYTES } from '../../shared/content/prompts/schema';
import { MAX_USER_PACKS, type PackProblem } from '../../shared/content/prompts/userPack';
import type { Output } from '../../shared/ipc/contract';
import { filesContaining, REPO_ROOT, startCore, type Harness } from './support/coreHarness';

// The user's own prompt packs, through the real core: written in Alcove or imported from a file,
// kept encrypted in the vault; a refused file lists every problem and imports nothing.

const PASSPHRASE = 'a kettle singing in the next room';
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/packs');
let h: Harness;
afterEach(async () => h?.dispose());

async function unlocked(): Promise<Harness> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  return h;
}

/** Puts `bytes` in the stand-in dialog's folder as the only file, so 'packs:import' picks it. */
function offer(name: string, bytes: Uint8Array | string): void {
  fs.rmSync(h.dialogDir, { recursive: true, force: true });
  fs.mkdirSync(h.dialogDir, { recursive: true });
  fs.writeFileSync(path.join(h.dialogDir, name), bytes);
}

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const json = (value: unknown) => JSON.stringify(value);
const validPack = (prompts: unknown[] = [{ text: { en: 'What went well today?' } }]) => ({
  schemaVersion: 1,
  name: { en: 'Mine' },
  prompts,
});

/** Imports what `offer` put there and returns the refusal, failing the test if it was imported. */
async function refused(): Promise<Extract<Output<'packs:import'>, { status: 'refused' }>> {
  const result = await h.value('packs:import', undefined);
  if (result.status !== 'refused') throw new Error(`expected a refusal, got ${result.status}`);
  expect(result.code).toBe('BAD_PACK');
  expect((await h.value('packs:list', undefined)).packs, 'nothing is imported').toEqual([]);
  return result;
}

const problem = (where: string, kind: PackProblem['kind'], more: Partial<PackProblem> = {}) => ({
  where,
  kind,
  ...more,
});

describe('packs of my own', () => {
  it('are saved, listed, edited and deleted', async () => {
    await unlocked();
    expect((await h.value('packs:list', undefined)).packs).toEqual([]);
    const saved = await h.value('packs:save', {
      name: { fr: 'Mes questions' },
      prompts: [{ text: { fr: 'Qu’ai-je appris aujourd’hui\u00a0?' } }, { text: { fr: 'Pourquoi\u00a0?' } }],
    });
    expect(saved).toMatchObject({ origin: 'written', name: { fr: 'Mes questions' } });
    expect(saved.id).toMatch(/^mine-[0-9a-f]{32}$/);
    expect(saved.updatedAt).toBe('2026-03-01T09:00:00.000Z');

    h.clock.ms += 60_000;
    const edited = await h.value('packs:save', {
      id: saved.id,
      name: { fr: 'Mes questions du soir' },
      prompts: [{ text: { fr: 'Qu’est-ce qui m’a fait du bien\u00a0?' } }],
    });
    expect(edited).toMatchObject({ id: saved.id, origin: 'written', updatedAt: '2026-03-01T09:01:00.000Z' });
    expect((await h.value('packs:list', undefined)).packs).toEqual([edited]);

    await h.value('packs:delete', { id: saved.id });
    expect((await h.value('packs:list', undefined)).packs).toEqual([]);
    const again = await h.call('packs:delete', { id: saved.id });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });

  it('refuses an empty pack, an empty prompt and a hidden control character at the boundary', async () => {
    await unlocked();
    const attempts = [
      { name: { en: 'Empty' }, prompts: [] },
      { name: { en: 'Blank' }, prompts: [{ text: { en: '' } }] },
      { name: { en: 'Sly\u202e' }, prompts: [{ text: { en: 'Fine question?' } }] },
      { name: { en: 'No language' }, prompts: [{ text: {} }] },
    ];
    for (const attempt of attempts) {
      const result = await h.call('packs:save', attempt);
      expect(result.ok ? null : result.error.code, JSON.stringify(attempt)).toBe('VALIDATION');
    }
    expect((await h.value('packs:list', undefined)).packs).toEqual([]);
  });

  it('are kept encrypted: no pack name or prompt text on disk, unlocked or locked, and they survive a relock', async () => {
    await unlocked();
    const canaries = ['CANARY-PACK-4e1d Between us', 'CANARY-PROMPT-b7a0 What did the body say?'];
    await h.value('packs:save', { name: { en: canaries[0] }, prompts: [{ text: { en: canaries[1] } }] });
    offer('pack.json', json({ ...validPack([{ text: { en: 'CANARY-IMPORTED-90ff a question' } }]) }));
    expect((await h.value('packs:import', undefined)).status).toBe('imported');
    const secrets = [...canaries, 'CANARY-IMPORTED-90ff'];
    expect(filesContaining(h.dataDir, secrets)).toEqual([]);
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, secrets)).toEqual([]);
    expect((await h.call('packs:list', undefined)).ok).toBe(false);
    await h.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const names = (await h.value('packs:list', undefined)).packs.map((p) => p.name.en);
    expect(names).toEqual([canaries[0], 'Mine']);
  });

  it(`stop at ${MAX_USER_PACKS} packs`, async () => {
    await unlocked();
    const draft = { name: { en: 'Pack' }, prompts: [{ text: { en: 'A question?' } }] };
    for (let i = 0; i < MAX_USER_PACKS; i++) await h.value('packs:save', draft);
    const result = await h.call('packs:save', draft);
    expect(result.ok ? null : result.error.code).toBe('VALIDATION');
    offer('pack.json', json(validPack()));
    const import_ = await h.value('packs:import', undefined);
    expect(import_).toMatchObject({ status: 'refused', problems: [problem('', 'tooManyPacks')] });
    expect((await h.value('packs:list', undefined)).packs).toHaveLength(MAX_USER_PACKS);
  });
});

describe('importing a prompt pack file', () => {
  it('refuses the same pack a second time, whatever the order of its keys, and names the one kept', async () => {
    await unlocked();
    const pack = validPack([{ text: { en: 'What went well today?', fr: 'Qu’est-ce qui a été ?' } }]);
    offer('pack.json', json(pack));
    expect((await h.value('packs:import', undefined)).status).toBe('imported');
    // The same content, keys in another order and under another file name.
    offer(
      'copy.json',
      '{"prompts":[{"text":{"fr":"Qu’est-ce qui a été ?","en":"What went well today?"}}],"name":{"en":"Mine"},"schemaVersion":1}',
    );
    const result = await h.value('packs:import', undefined);
    expect(result).toMatchObject({
      status: 'refused',
      problems: [problem('', 'alreadyImported', { limit: 'Mine' })],
    });
    expect((await h.value('packs:list', undefined)).packs).toHaveLength(1);
    // One prompt more is another pack.
    offer('longer.json', json(validPack([...pack.prompts, { text: { en: 'And tomorrow?' } }])));
    expect((await h.value('packs:import', undefined)).status).toBe('imported');
    expect((await h.value('packs:list', undefined)).packs).toHaveLength(2);
  });

  it('imports a valid pack in one go and says what it holds', async () => {
    await unlocked();
    offer('between-sessions.json', fixture('between-sessions.json'));
    const result = await h.value('packs:import', undefined);
    if (result.status !== 'imported') throw new Error(result.status);
    expect(result.fileName).toBe('between-sessions.json');
    expect(result.pack).toMatchObject({
      origin: 'imported',
      fileName: 'between-sessions.json',
      name: { en: 'Between sessions', fr: 'Entre deux séances' },
      framework: 'therapy-bridge',
    });
    expect(result.pack.prompts).toHaveLength(12);
    expect((await h.value('packs:list', undefined)).packs).toEqual([result.pack]);
  });

  it('imports the published example, whose ids are checked but never become the stored id', async () => {
    await unlocked();
    offer('example.json', fs.readFileSync(path.join(REPO_ROOT, 'docs/examples/prompt-pack.example.json')));
    const result = await h.value('packs:import', undefined);
    if (result.status !== 'imported') throw new Error(result.status);
    expect(result.pack.id).toMatch(/^mine-/);
    expect(result.pack.prompts.map((p) => p.id)).toEqual([
      'between-what-stayed',
      'between-small-step',
      undefined,
    ]);
  });

  it('does nothing when the picker is cancelled', async () => {
    await unlocked();
    expect(await h.value('packs:import', undefined)).toEqual({ status: 'cancelled' });
  });

  it('refuses a file bigger than the limit from its size, before reading it', async () => {
    await unlocked();
    // Valid JSON, padded with spaces: only the size is wrong.
    offer('big.json', json(validPack()) + ' '.repeat(MAX_PACK_FILE_BYTES));
    const { problems } = await refused();
    expect(problems).toEqual([
      problem('', 'tooLarge', {
        limit: MAX_PACK_FILE_BYTES,
        actual: MAX_PACK_FILE_BYTES + json(validPack()).length,
      }),
    ]);
  });

  it('refuses bytes that are not UTF-8, and JSON that is not JSON', async () => {
    await unlocked();
    const good = Buffer.from(json(validPack()));
    offer('latin1.json', Buffer.concat([good.subarray(0, 20), Buffer.from([0xe9, 0xff]), good.subarray(20)]));
    expect((await refused()).problems).toEqual([problem('', 'notUtf8')]);
    offer('broken.json', '{"schemaVersion": 1, "name": ');
    expect((await refused()).problems).toEqual([problem('', 'notJson')]);
  });

  it('refuses deep nesting before parsing it', async () => {
    await unlocked();
    offer('deep.json', `{"schemaVersion":1,"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    expect((await refused()).problems).toEqual([problem('', 'tooDeep', { limit: 8 })]);
  });

  it('lists every problem of a malformed file, each with where it is', async () => {
    await unlocked();
    offer('malformed.json', fixture('malformed.json'));
    const result = await refused();
    expect(result.fileName).toBe('malformed.json');
    expect(result.more).toBe(0);
    expect(result.problems).toEqual([
      problem('schemaVersion', 'notAllowed', { limit: '1' }),
      problem('name.de', 'unknownKey'),
      problem('framework', 'notAllowed', { limit: expect.stringContaining('therapy-bridge') }),
      problem('prompts[1].text.en', 'wrongType', { limit: 'string', found: 'number' }),
      problem('prompts[2].text', 'wrongType', { limit: 'object', found: 'string' }),
      problem('prompts[3].text.fr', 'tooLong', { limit: 400, actual: 412 }),
      problem('prompts[4].intensity', 'notAllowed', { limit: 'light, medium, deep' }),
      problem('prompts[4].tags[0]', 'notAnId'),
      problem('colour', 'unknownKey'),
    ]);
  });

  it('names missing fields and refuses a pack without prompts', async () => {
    await unlocked();
    offer('bare.json', json({ prompts: [] }));
    expect((await refused()).problems).toEqual([
      problem('schemaVersion', 'notAllowed', { limit: '1' }),
      problem('name', 'missing', { limit: 'object' }),
      problem('prompts', 'tooFew', { limit: 1, actual: 0 }),
    ]);
  });

  it('refuses hostile strings: controls, bidi overrides, lone surrogates, a shipped id, a __proto__ key', async () => {
    await unlocked();
    offer('hostile.json', fixture('hostile.json'));
    const { problems } = await refused();
    expect(problems).toEqual(
      expect.arrayContaining([
        problem('name.en', 'unsafeText'),
        problem('prompts[0].text.en', 'unsafeText'),
        problem('prompts[1].text.en', 'unsafeText'),
        problem('prompts[2].text.en', 'unsafeText'),
        problem('__proto__', 'unknownKey'),
        problem('id', 'shippedId'),
        problem('prompts[0].id', 'shippedId'),
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('lists the first 100 problems and counts the rest', async () => {
    await unlocked();
    const prompts = Array.from({ length: 150 }, () => ({ text: { en: 1, fr: 2 } }));
    offer('many.json', json(validPack(prompts)));
    const result = await refused();
    expect(result.problems).toHaveLength(100);
    expect(result.problems[99]).toEqual(
      problem('prompts[49].text.fr', 'wrongType', { limit: 'string', found: 'number' }),
    );
    expect(result.more).toBe(200);
  });

  it('shows a hostile key escaped and cut short in the place it names', async () => {
    await unlocked();
    offer('key.json', json({ ...validPack(), ['evil\u202ekey'.repeat(20)]: 1 }));
    const [only, ...rest] = (await refused()).problems;
    expect(rest).toEqual([]);
    expect(only?.kind).toBe('unknownKey');
    expect(only?.where).toMatch(/^\["evil\\u202ekey/);
    expect(only?.where).not.toMatch(/\u202e/);
    expect(only?.where.length).toBeLessThan(100);
  });
});
