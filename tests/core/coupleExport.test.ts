import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DESIRE_LIST } from '../../shared/content/couple/desireList';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

/**
 * The couple summary for a therapist: a real core, a real vault, two partners with their own
 * secrets, a revealed desire list, and the file as the stand-in save dialog wrote it.
 */
const PASSPHRASE = 'a long enough passphrase';
const SECRET_A = 'robin secret words';
const SECRET_B = 'sam other secret words';
const CONSENT = { byChoice: true, canStop: true, partnerCanStop: true } as const;
const NOTE_A = 'I would like us to talk about pace. NOTE-A-7d2f';
const NOTE_B = 'Hugs help me <b>feel</b> close. NOTE-B-91ce';
let h: Harness;
afterEach(async () => h?.dispose());

const text = (id: string) => DESIRE_LIST.items.find((item) => item.id === id)!.en;

/** A: blindfold no, talk-likes maybe; B: blindfold yes, talk-likes no; toys maybe/maybe. */
async function revealedSpace(): Promise<void> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  await h.value('couple:setup', {
    a: { name: 'Robin', pronouns: 'they', secret: SECRET_A },
    b: { name: 'Sam', pronouns: 'she', secret: SECRET_B },
  });
  const answers = {
    a: { 'long-hug': 'yes', 'massage-back': 'yes', blindfold: 'no', toys: 'maybe', 'talk-likes': 'maybe' },
    b: { 'long-hug': 'yes', 'massage-back': 'maybe', blindfold: 'yes', toys: 'maybe', 'talk-likes': 'no' },
  } as const;
  const partners = [
    ['a', SECRET_A],
    ['b', SECRET_B],
  ] as const;
  // A new answer drops both "ready": both answer first, then both say they are ready.
  for (const [partner, secret] of partners) {
    await h.value('couple:desires:submit', { partner, secret, consent: CONSENT, answers: answers[partner] });
  }
  for (const [partner, secret] of partners) {
    await h.value('couple:desires:ready', { partner, secret, ready: true });
  }
  await h.value('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
}

async function draftWithNotes() {
  await h.value('couple:export:draft', {
    partner: 'a',
    secret: SECRET_A,
    sections: ['desire-list'],
    lang: 'en',
  });
  await h.value('couple:export:note', { partner: 'a', secret: SECRET_A, note: NOTE_A });
  return h.value('couple:export:note', { partner: 'b', secret: SECRET_B, note: NOTE_B });
}

async function approveBoth(hash: string) {
  await h.value('couple:export:approve', { partner: 'a', secret: SECRET_A, hash, agree: ['desire-list'] });
  return h.value('couple:export:approve', { partner: 'b', secret: SECRET_B, hash, agree: ['desire-list'] });
}

describe('the couple summary for a therapist', () => {
  it('is written only once both partners approved, and holds the overlaps, both notes and no "no"', async () => {
    await revealedSpace();
    const preview = await draftWithNotes();
    expect(preview.included).toEqual(['desire-list']);
    expect(preview.text).toContain(text('long-hug'));
    expect(preview.text).toContain(NOTE_A);

    const refused = await h.call('couple:export:write', {
      partner: 'a',
      secret: SECRET_A,
      hash: preview.hash,
      format: 'markdown',
    });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    await h.value('couple:export:approve', {
      partner: 'a',
      secret: SECRET_A,
      hash: preview.hash,
      agree: ['desire-list'],
    });
    const oneOnly = await h.call('couple:export:write', {
      partner: 'a',
      secret: SECRET_A,
      hash: preview.hash,
      format: 'markdown',
    });
    expect(oneOnly.ok ? null : oneOnly.error.code).toBe('FORBIDDEN');
    expect(fs.existsSync(h.dialogDir) ? fs.readdirSync(h.dialogDir) : []).toEqual([]);

    const approved = await h.value('couple:export:approve', {
      partner: 'b',
      secret: SECRET_B,
      hash: preview.hash,
      agree: ['desire-list'],
    });
    expect(approved.approved).toEqual({ a: true, b: true });
    const written = await h.value('couple:export:write', {
      partner: 'b',
      secret: SECRET_B,
      hash: preview.hash,
      format: 'markdown',
    });
    expect(written).toEqual({ status: 'written', fileName: 'alcove-couple-summary-2026-03-01.md' });
    const file = path.join(h.dialogDir, 'alcove-couple-summary-2026-03-01.md');
    const content = fs.readFileSync(file, 'utf8');
    expect(content).toBe(preview.text);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(content).toContain(text('long-hug'));
    expect(content).toContain(text('massage-back'));
    expect(content).toContain(NOTE_A);
    expect(content).toContain('Hugs help me &lt;b>feel&lt;/b> close. NOTE-B-91ce');
    // A "no" against a "yes", a "no" against a "maybe", and maybe/maybe: none of them.
    for (const absent of ['blindfold', 'talk-likes', 'toys']) expect(content).not.toContain(text(absent));
    expect(content).toContain('Robin and Sam');

    const log = await h.value('export:log', undefined);
    expect(log.records[0]).toMatchObject({ kind: 'couple-summary', format: 'markdown', entries: 0 });
    expect(JSON.stringify(log)).not.toContain('NOTE-A');
  });

  it('carries the sensate sessions’ limits and debrief, never a partner’s ratings or private note', async () => {
    await revealedSpace();
    const secrets = { a: SECRET_A, b: SECRET_B };
    const { sessionId } = await h.value('couple:sensate:start', {
      secrets,
      consent: { a: CONSENT, b: CONSENT },
      limits: 'Hands only, lights low. LIMITS-5a1c',
    });
    await h.value('couple:sensate:rate', {
      partner: 'a',
      secret: SECRET_A,
      sessionId,
      ratings: { comfort: 7, anxiety: 3, desire: 5, spectatoring: 2 },
      note: 'My own worry, for me only. PRIVATE-NOTE-3e8b',
    });
    await h.value('couple:sensate:debrief', {
      secrets,
      sessionId,
      debrief: { good: 'Slow hands. GOOD-1f', keep: 'The music. KEEP-2c', change: 'Warmer room. CHANGE-4d' },
    });
    // A second session, started and stopped: listed as stopped, with its limits.
    const second = await h.value('couple:sensate:start', {
      secrets,
      consent: { a: CONSENT, b: CONSENT },
      limits: 'Back and shoulders. LIMITS-2-77',
    });
    await h.value('couple:sensate:stop', { sessionId: second.sessionId });

    const status = await h.value('couple:export:status', undefined);
    expect(status.sources.map((s) => s.id)).toEqual(['desire-list', 'sensate', 'talk']);
    await h.value('couple:export:draft', {
      partner: 'a',
      secret: SECRET_A,
      sections: ['desire-list', 'sensate'],
      lang: 'en',
    });
    const preview = await h.value('couple:export:preview', { partner: 'b', secret: SECRET_B });
    expect(preview.included).toEqual(['desire-list', 'sensate']);
    for (const shared of ['LIMITS-5a1c', 'GOOD-1f', 'KEEP-2c', 'CHANGE-4d', 'LIMITS-2-77']) {
      expect(preview.text).toContain(shared);
    }
    expect(preview.text).toContain('Stopped during the session');
    expect(preview.text).not.toContain('PRIVATE-NOTE');
    for (const rating of ['comfort', 'Comfort', 'anxiety', 'Anxiety'])
      expect(preview.text).not.toContain(rating);
  });

  it('carries the conversation rounds revealed together, by the partners’ names, never one still sealed', async () => {
    await revealedSpace();
    const secrets = { a: SECRET_A, b: SECRET_B };
    const start = async (exercise: 'check-in' | 'deck-dreams', questionId: string | null) => {
      const status = await h.value('couple:talk:start', { exercise, questionId });
      return status.open.find((r) => r.exercise === exercise)!.roundId;
    };
    const checkIn = await start('check-in', null);
    await h.value('couple:talk:answer', {
      partner: 'a',
      secret: SECRET_A,
      roundId: checkIn,
      fields: { connection: 7, need: 'An evening without screens. NEED-A-61' },
    });
    await h.value('couple:talk:answer', {
      partner: 'b',
      secret: SECRET_B,
      roundId: checkIn,
      fields: { connection: 4, 'went-well': 'Sunday breakfast. WELL-B-08' },
    });
    for (const [partner, secret] of Object.entries(secrets) as Array<['a' | 'b', string]>) {
      await h.value('couple:talk:ready', { partner, secret, roundId: checkIn, ready: true });
    }
    await h.value('couple:talk:reveal', { roundId: checkIn, secrets });
    // Another round, answered by one partner only: sealed, so never in the summary.
    const open = await start('deck-dreams', 'd-trip');
    await h.value('couple:talk:answer', {
      partner: 'a',
      secret: SECRET_A,
      roundId: open,
      fields: { answer: 'Only mine until we reveal. SEALED-A-4c' },
    });

    await h.value('couple:export:draft', { partner: 'b', secret: SECRET_B, sections: ['talk'], lang: 'fr' });
    const preview = await h.value('couple:export:preview', { partner: 'a', secret: SECRET_A });
    expect(preview.included).toEqual(['talk']);
    expect(preview.text).toContain('Exercices de conversation\u00a0: les réponses révélées ensemble');
    expect(preview.text).toContain('Robin — Mon sentiment de lien avec toi cette semaine\u00a0: 7 sur 10');
    expect(preview.text).toContain('NEED-A-61');
    expect(preview.text).toContain('Sam — Mon sentiment de lien avec toi cette semaine\u00a0: 4 sur 10');
    expect(preview.text).toContain('WELL-B-08');
    expect(preview.text).not.toContain('SEALED-A-4c');
    expect(preview.text).not.toContain('Rêves et projets');
  });

  it('binds each approval to the exact text: a changed note drops both, a stale hash is refused', async () => {
    await revealedSpace();
    const first = await draftWithNotes();
    await approveBoth(first.hash);
    const changed = await h.value('couple:export:note', {
      partner: 'a',
      secret: SECRET_A,
      note: `${NOTE_A} And rest.`,
    });
    expect(changed.hash).not.toBe(first.hash);
    expect(changed.approved).toEqual({ a: false, b: false });
    expect(changed.status.draft?.approvals).toEqual({ a: false, b: false });
    const stale = await h.call('couple:export:approve', {
      partner: 'b',
      secret: SECRET_B,
      hash: first.hash,
      agree: ['desire-list'],
    });
    expect(stale.ok ? null : stale.error.code).toBe('FORBIDDEN');
    const withOldHash = await h.call('couple:export:write', {
      partner: 'a',
      secret: SECRET_A,
      hash: first.hash,
      format: 'markdown',
    });
    expect(withOldHash.ok ? null : withOldHash.error.code).toBe('FORBIDDEN');
    // A section not agreed to is no approval.
    const unticked = await h.call('couple:export:approve', {
      partner: 'b',
      secret: SECRET_B,
      hash: changed.hash,
      agree: [],
    });
    expect(unticked.ok ? null : unticked.error.code).toBe('VALIDATION');
  });

  it('drops the approvals when what both saw changes underneath (a partner leaves the desire list)', async () => {
    await revealedSpace();
    const preview = await draftWithNotes();
    await approveBoth(preview.hash);
    await h.value('couple:desires:leave', { partner: 'b', secret: SECRET_B });
    const after = await h.value('couple:export:preview', { partner: 'a', secret: SECRET_A });
    expect(after.included).toEqual([]);
    expect(after.text).not.toContain(text('long-hug'));
    expect(after.approved).toEqual({ a: false, b: false });
    const refused = await h.call('couple:export:write', {
      partner: 'a',
      secret: SECRET_A,
      hash: after.hash,
      format: 'markdown',
    });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });

  it('lets a partner withdraw, with their own secret only', async () => {
    await revealedSpace();
    const preview = await draftWithNotes();
    await approveBoth(preview.hash);
    const wrong = await h.call('couple:export:withdraw', { partner: 'b', secret: SECRET_A });
    expect(wrong.ok ? null : wrong.error.code).toBe('BAD_PASSPHRASE');
    const status = await h.value('couple:export:withdraw', { partner: 'b', secret: SECRET_B });
    expect(status.draft?.approvals).toEqual({ a: true, b: false });
    const refused = await h.call('couple:export:write', {
      partner: 'a',
      secret: SECRET_A,
      hash: preview.hash,
      format: 'pdf',
    });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });

  it('writes a PDF of the same summary, and keeps the notes sealed in the vault', async () => {
    await revealedSpace();
    const preview = await draftWithNotes();
    await approveBoth(preview.hash);
    const written = await h.value('couple:export:write', {
      partner: 'a',
      secret: SECRET_A,
      hash: preview.hash,
      format: 'pdf',
    });
    expect(written).toEqual({ status: 'written', fileName: 'alcove-couple-summary-2026-03-01.pdf' });
    const bytes = fs.readFileSync(path.join(h.dialogDir, 'alcove-couple-summary-2026-03-01.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(filesContaining(h.dataDir, ['NOTE-A-7d2f', 'NOTE-B-91ce'])).toEqual([]);
  });

  it('checks the journal passphrase while unlocked, with the unlock back-off', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('vault:verifyPassphrase', { passphrase: PASSPHRASE })).toEqual({ verified: true });
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const wrong = await h.call('vault:verifyPassphrase', { passphrase: 'not the passphrase' });
      codes.push(wrong.ok ? 'ok' : wrong.error.code);
    }
    expect(codes).toEqual(['BAD_PASSPHRASE', 'BAD_PASSPHRASE', 'BAD_PASSPHRASE']);
    // After the third wrong one, even the right passphrase waits, as at the unlock screen.
    const throttled = await h.call('vault:verifyPassphrase', { passphrase: PASSPHRASE });
    expect(throttled.ok ? null : throttled.error.code).toBe('RATE_LIMITED');
    h.clock.ms += 60_000;
    expect(await h.value('vault:verifyPassphrase', { passphrase: PASSPHRASE })).toEqual({ verified: true });
    expect((await h.value('vault:status', undefined)).state).toBe('unlocked');
  });
});
