import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeStatus } from '../../shared/domain/coupleExchange';
import { armour, LAYOUT } from '../../electron/core/couple/exchangeFile';
import { makeTempDir, startCore, type Harness } from './support/coreHarness';

/**
 * Two machines, simulated with two (or three) real vaults — each its own core, worker and
 * SQLite file — sharing one folder the way two people share a USB stick: each side's "open"
 * dialog picks the newest file the other side saved (tests/bridge/folderDialogs.ts).
 */
const PASSPHRASE = 'a long enough passphrase';
const CONSENT = { byChoice: true, canStop: true, partnerCanStop: true } as const;
const answersA = {
  'long-hug': 'yes',
  'massage-back': 'yes',
  blindfold: 'no',
  toys: 'maybe',
  'talk-likes': 'maybe',
} as const;
const answersB = {
  'long-hug': 'yes',
  'massage-back': 'maybe',
  blindfold: 'yes',
  toys: 'maybe',
  'talk-likes': 'no',
} as const;

let vaults: Harness[] = [];
let shared = '';
afterEach(async () => {
  for (const vault of vaults) await vault.dispose();
  vaults = [];
  fs.rmSync(shared, { recursive: true, force: true });
});

async function vaultNamed(name: string): Promise<Harness> {
  const vault = startCore(makeTempDir(), shared);
  vaults.push(vault);
  await vault.value('vault:create', { passphrase: PASSPHRASE });
  await vault.value('couple:exchange:name', { name });
  return vault;
}

async function twoVaults(): Promise<[Harness, Harness]> {
  shared = makeTempDir('alcove-stick-');
  return [await vaultNamed('Alex'), await vaultNamed('Sam')];
}

/** Each saves a card, imports the other's, and (after "reading the code aloud") confirms. */
async function pair(a: Harness, b: Harness): Promise<void> {
  await a.value('couple:exchange:saveCard', undefined);
  await b.value('couple:exchange:saveCard', undefined);
  await a.value('couple:exchange:importCard', undefined);
  await b.value('couple:exchange:importCard', undefined);
  await a.value('couple:exchange:confirm', { codesMatch: true });
  await b.value('couple:exchange:confirm', { codesMatch: true });
}

async function saveFile(vault: Harness): Promise<string> {
  const saved = await vault.value('couple:exchange:saveFile', undefined);
  if (saved.status !== 'saved') throw new Error('the file was not saved');
  return path.join(shared, saved.fileName);
}

async function importStep(vault: Harness): Promise<ExchangeStatus> {
  const result = await vault.value('couple:exchange:import', undefined);
  if (result.status !== 'imported') throw new Error(`import: ${JSON.stringify(result)}`);
  return result.exchange;
}

async function refusalOf(vault: Harness): Promise<string> {
  const result = await vault.value('couple:exchange:import', undefined);
  return result.status === 'refused' ? result.code : `not refused: ${result.status}`;
}

/** Drops a file into the shared folder as the newest one, as if a partner had sent it. */
function drop(name: string, bytes: Uint8Array | string): string {
  const file = path.join(shared, name);
  fs.writeFileSync(file, bytes);
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(file, later, later);
  return file;
}

function fileBytes(file: string): Uint8Array {
  const text = fs.readFileSync(file, 'utf8');
  const body = text.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  return new Uint8Array(Buffer.from(body, 'base64'));
}

describe('two vaults on two machines', () => {
  it('pair only after both say the codes match, and both see the same code', async () => {
    const [a, b] = await twoVaults();
    expect((await a.value('couple:exchange:status', undefined)).partner).toBeNull();
    await a.value('couple:exchange:saveCard', undefined);
    await b.value('couple:exchange:saveCard', undefined);
    const card = fs.readFileSync(path.join(shared, 'alcove-pairing-card-alex.txt'), 'utf8');
    expect(card).toContain('Not secret');
    expect(card).toContain('"name":"Alex"');

    const fromA = await a.value('couple:exchange:importCard', undefined);
    const fromB = await b.value('couple:exchange:importCard', undefined);
    if (fromA.status !== 'imported' || fromB.status !== 'imported') throw new Error('cards not imported');
    expect(fromA.exchange.partner).toMatchObject({ name: 'Sam', paired: false });
    expect(fromB.exchange.partner).toMatchObject({ name: 'Alex', paired: false });
    expect(fromA.exchange.partner!.code).toMatch(/^\d{5}( \d{5}){11}$/);
    expect(fromA.exchange.partner!.code).toBe(fromB.exchange.partner!.code);

    // Not trusted yet: nothing can be sent.
    const early = await a.call('couple:exchange:start', { consent: CONSENT, answers: answersA });
    expect(early.ok ? 'sent' : early.error.code).toBe('FORBIDDEN');

    expect((await a.value('couple:exchange:confirm', { codesMatch: true })).partner?.paired).toBe(true);
    // "They do not match" forgets the card: it may not be theirs.
    expect((await b.value('couple:exchange:confirm', { codesMatch: false })).partner).toBeNull();
  });

  it('refuses my own card and anything that is not a card', async () => {
    const [a] = await twoVaults();
    await a.value('couple:exchange:saveCard', undefined);
    drop('alcove-pairing-card-copy.txt', fs.readFileSync(path.join(shared, 'alcove-pairing-card-alex.txt')));
    expect(await a.value('couple:exchange:importCard', undefined)).toEqual({
      status: 'refused',
      code: 'OWN_CARD',
    });
    drop('notes.txt', 'just some text');
    expect(await a.value('couple:exchange:importCard', undefined)).toEqual({
      status: 'refused',
      code: 'NOT_A_CARD',
    });
  });

  it('run the whole desire list across: both see the same overlaps and never a no', async () => {
    const [a, b] = await twoVaults();
    await pair(a, b);

    const offered = await a.value('couple:exchange:start', { consent: CONSENT, answers: answersA });
    expect(offered).toMatchObject({ desire: { stage: 'offered' }, outgoing: 'offer' });
    const invitation = await saveFile(a);
    expect(path.basename(invitation)).toBe('alcove-from-alex-1.alcovepx');
    // Not what is in it: neither the items nor the kind of step travel in clear.
    expect(fs.readFileSync(invitation, 'utf8')).not.toMatch(/long-hug|desire|offer/i);

    expect((await importStep(b)).desire).toEqual({ stage: 'invited' });
    await b.value('couple:exchange:reply', { consent: CONSENT, answers: answersB });
    await saveFile(b);

    const seenByA = await importStep(a);
    expect(seenByA.desire).toEqual({
      stage: 'done',
      role: 'initiator',
      overlaps: [
        { itemId: 'long-hug', mine: 'yes', theirs: 'yes' },
        { itemId: 'massage-back', mine: 'yes', theirs: 'maybe' },
      ],
    });
    expect(seenByA.outgoing).toBe('finish');
    await saveFile(a);

    const seenByB = await importStep(b);
    expect(seenByB.desire).toEqual({
      stage: 'done',
      role: 'responder',
      overlaps: [
        { itemId: 'long-hug', mine: 'yes', theirs: 'yes' },
        { itemId: 'massage-back', mine: 'maybe', theirs: 'yes' },
      ],
    });
    // A's "no" to blindfold and B's "no" to talk-likes, and maybe/maybe, appear nowhere.
    for (const status of [seenByA, seenByB]) {
      expect(JSON.stringify(status)).not.toMatch(/blindfold|talk-likes|toys|"no"/);
    }
    expect(seenByB.outgoing).toBeNull();
  });

  it('refuse tampered, misaddressed, unknown-sender, replayed and foreign files, changing nothing', async () => {
    const [a, b] = await twoVaults();
    await pair(a, b);
    await a.value('couple:exchange:start', { consent: CONSENT, answers: answersA });
    const invitation = await saveFile(a);
    const bBefore = await b.value('couple:exchange:status', undefined);

    // Tampered: one byte of the sealed body changed.
    const altered = fileBytes(invitation);
    altered[altered.length - 20]! ^= 0x01;
    const tampered = drop('tampered.alcovepx', armour(altered));
    expect(await refusalOf(b)).toBe('TAMPERED');
    expect(await b.value('couple:exchange:status', undefined)).toEqual(bBefore);
    fs.rmSync(tampered);

    // A newer format than this Alcove knows.
    const newer = fileBytes(invitation);
    newer[LAYOUT.version] = 2;
    const future = drop('future.alcovepx', newer);
    expect(await refusalOf(b)).toBe('UNSUPPORTED_VERSION');
    fs.rmSync(future);

    const junk = drop('junk.alcovepx', 'not a partner file at all');
    expect(await refusalOf(b)).toBe('MALFORMED');
    fs.rmSync(junk);
    expect(await b.value('couple:exchange:status', undefined)).toEqual(bBefore);

    // The refusals above counted nothing: the genuine file still imports, once.
    expect((await importStep(b)).desire).toEqual({ stage: 'invited' });
    expect(await refusalOf(b)).toBe('REPLAYED');
    expect((await b.value('couple:exchange:status', undefined)).desire).toEqual({ stage: 'invited' });

    // A third vault: the file is not addressed to it.
    const c = await vaultNamed('Charlie');
    expect(await refusalOf(c)).toBe('NOT_FOR_THIS_VAULT');

    // Charlie trusts Alex on Charlie's side only, and sends Alex a file: Alex never paired Charlie.
    const aBefore = await a.value('couple:exchange:status', undefined);
    drop('alcove-pairing-card-a.txt', fs.readFileSync(path.join(shared, 'alcove-pairing-card-alex.txt')));
    await c.value('couple:exchange:importCard', undefined);
    await c.value('couple:exchange:confirm', { codesMatch: true });
    await c.value('couple:exchange:start', { consent: CONSENT, answers: answersB });
    const fromCharlie = await saveFile(c);
    drop('from-charlie.alcovepx', fs.readFileSync(fromCharlie));
    expect(await refusalOf(a)).toBe('UNKNOWN_SENDER');
    expect(await a.value('couple:exchange:status', undefined)).toEqual(aBefore);
  });

  it('keep their place across a restart, and stopping deletes the pending list without a reason', async () => {
    const [a, b] = await twoVaults();
    await pair(a, b);
    await a.value('couple:exchange:start', { consent: CONSENT, answers: answersA });
    await saveFile(a);
    await importStep(b);

    await b.value('vault:lock', undefined);
    await b.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await b.value('couple:exchange:status', undefined)).desire).toEqual({ stage: 'invited' });

    expect((await a.value('couple:exchange:stop', undefined)).desire).toEqual({ stage: 'idle' });
    // Alex stopped: Sam's reply now belongs to no list on Alex's side.
    await b.value('couple:exchange:reply', { consent: CONSENT, answers: answersB });
    await saveFile(b);
    expect(await refusalOf(a)).toBe('NOT_EXPECTED');
    expect((await a.value('couple:exchange:status', undefined)).desire).toEqual({ stage: 'idle' });
  });

  it('forgetting refuses the partner’s files, and pairing again continues the count instead of looking replayed', async () => {
    const [a, b] = await twoVaults();
    await pair(a, b);
    await a.value('couple:exchange:start', { consent: CONSENT, answers: answersA });
    await saveFile(a);
    await importStep(b);
    await b.value('couple:exchange:stop', undefined);

    expect(await a.value('couple:exchange:forget', undefined)).toMatchObject({
      partner: null,
      desire: { stage: 'idle' },
    });
    await b.value('couple:exchange:start', { consent: CONSENT, answers: answersB });
    await saveFile(b);
    expect(await refusalOf(a)).toBe('UNKNOWN_SENDER');

    // Alex takes Sam's card again and they compare the code: Alex's next file is number 2.
    expect(await a.value('couple:exchange:importCard', undefined)).toMatchObject({ status: 'imported' });
    await a.value('couple:exchange:confirm', { codesMatch: true });
    expect((await importStep(a)).desire).toEqual({ stage: 'invited' });
    await a.value('couple:exchange:reply', { consent: CONSENT, answers: answersA });
    expect(path.basename(await saveFile(a))).toBe('alcove-from-alex-2.alcovepx');
    expect((await importStep(b)).desire).toMatchObject({ stage: 'done', role: 'initiator' });
  });
});
