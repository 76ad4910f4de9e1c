import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

/** The harness clock starts at 2026-03-01T09:00:00.000Z. */
const coherence = {
  kind: 'breathing-coherence' as const,
  startedAt: '2026-03-01T08:50:00.000Z',
  durationSec: 300,
  completed: true,
  distressBefore: 7,
  distressAfter: 4,
};

const grounding = {
  kind: 'grounding-54321' as const,
  startedAt: '2026-03-01T08:55:00.000Z',
  durationSec: 180,
  completed: false,
  distressBefore: null,
  distressAfter: 3,
  senses: {
    see: ['the CANARY-EXERCISE-5e1f lamp', 'a blue mug'],
    touch: ['the chair'],
    hear: [],
    smell: [],
    taste: ['mint'],
  },
};

describe('exercise sessions', () => {
  it('are saved, listed newest first by their start, filtered by `since`, and deleted', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const first = await h.value('exercises:add', coherence);
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), ...coherence });
    const second = await h.value('exercises:add', grounding);
    expect(second).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), ...grounding });
    // Saved later, started earlier: listed by when it started.
    const earlier = await h.value('exercises:add', {
      ...coherence,
      kind: 'breathing-box',
      startedAt: '2026-03-01T07:00:00Z',
      durationSec: 240,
      distressBefore: null,
      distressAfter: null,
    });
    expect(earlier.startedAt).toBe('2026-03-01T07:00:00.000Z'); // one form, so instants sort as text

    expect(await h.value('exercises:list', { limit: 10 })).toEqual({
      sessions: [second, first, earlier],
      damaged: 0,
    });
    expect(await h.value('exercises:list', { limit: 1 })).toEqual({ sessions: [second], damaged: 0 });
    expect((await h.value('exercises:list', { limit: 10, since: '2026-03-01T08:50:00Z' })).sessions).toEqual([
      second,
      first,
    ]);

    expect(await h.value('exercises:delete', { id: first.id })).toEqual({ id: first.id });
    expect(await h.call('exercises:delete', { id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.value('exercises:list', { limit: 10 })).toEqual({
      sessions: [second, earlier],
      damaged: 0,
    });
  });

  it('keep nothing in clear on disk, and survive lock, unlock and a data-key rotation', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const a = await h.value('exercises:add', coherence);
    const b = await h.value('exercises:add', grounding);
    await h.value('vault:lock', undefined);
    expect(
      filesContaining(h.dataDir, ['CANARY-EXERCISE-5e1f', 'grounding-54321', 'breathing-coherence', 'mint']),
    ).toEqual([]);

    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await h.value('exercises:list', { limit: 10 })).toEqual({ sessions: [b, a], damaged: 0 });
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['CANARY-EXERCISE-5e1f'])).toEqual([]);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await h.value('exercises:list', { limit: 10 })).toEqual({ sessions: [b, a], damaged: 0 });
  });

  it('can carry the feelings named afterwards', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const named = await h.value('exercises:add', {
      ...coherence,
      emotions: [
        { id: 'calm', intensity: 6 },
        { id: 'tiredness', intensity: 3 },
      ],
    });
    expect(named.emotions).toEqual([
      { id: 'calm', intensity: 6 },
      { id: 'tiredness', intensity: 3 },
    ]);
    await h.value('vault:lock', undefined);
    await h.value('vault:unlock', UNLOCK);
    expect((await h.value('exercises:list', { limit: 10 })).sessions[0]?.emotions).toEqual(named.emotions);
  });

  it('refuse what is not a session, with a reason, and change nothing', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const bad = [
      { ...coherence, kind: 'breathing-square' },
      { ...coherence, startedAt: 'yesterday' },
      { ...coherence, startedAt: '2026-03-01T09:05:00.000Z' }, // starts in the future
      { ...coherence, startedAt: '2026-03-01T08:59:00.000Z', durationSec: 600 }, // ends in the future
      { ...coherence, durationSec: -1 },
      { ...coherence, durationSec: 7201 },
      { ...coherence, durationSec: 12.5 },
      { ...coherence, completed: 'yes' },
      { ...coherence, distressBefore: 11 },
      { ...coherence, distressAfter: -1 },
      { ...coherence, distressAfter: 4.5 },
      { ...coherence, distressBefore: undefined },
      { ...coherence, mood: 'calm' }, // unknown keys are refused, not dropped
      { ...coherence, senses: grounding.senses }, // senses belong to grounding only
      { ...grounding, senses: { ...grounding.senses, see: ['1', '2', '3', '4', '5', '6'] } },
      { ...grounding, senses: { ...grounding.senses, taste: ['salt', 'sugar'] } },
      { ...grounding, senses: { ...grounding.senses, hear: ['x'.repeat(201)] } },
      { ...grounding, senses: { ...grounding.senses, hear: ['   '] } },
      { ...grounding, senses: { ...grounding.senses, sixth: [] } },
      { ...coherence, emotions: [{ id: 'schadenfreude', intensity: 5 }] },
      { ...coherence, emotions: [{ id: 'calm', intensity: 11 }] },
    ];
    for (const input of bad) {
      expect([input, await h.call('exercises:add', input as never)]).toMatchObject([
        input,
        { ok: false, error: { code: 'VALIDATION' } },
      ]);
    }
    for (const input of [{ limit: 0 }, { limit: 10_001 }, { limit: 10, since: 'soon' }, { limit: 1, x: 1 }]) {
      expect(await h.call('exercises:list', input as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.call('exercises:delete', { id: 'not-an-id' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await h.value('exercises:list', { limit: 10 })).toEqual({ sessions: [], damaged: 0 });
  });

  it('report a tampered session as damaged and keep the others readable', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const a = await h.value('exercises:add', coherence);
    const b = await h.value('exercises:add', grounding);
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => {
      const row = db.prepare('SELECT value FROM exercises WHERE id = ?').get(b.id) as { value: Buffer };
      const flipped = Buffer.from(row.value);
      flipped[40]! ^= 0x01;
      db.prepare('UPDATE exercises SET value = ? WHERE id = ?').run(flipped, b.id);
    });
    await h.unlockVerdict(UNLOCK);
    expect(await h.value('exercises:list', { limit: 10 })).toEqual({ sessions: [a], damaged: 1 });
    // A damaged session can still be deleted.
    expect(await h.value('exercises:delete', { id: b.id })).toEqual({ id: b.id });
    expect(await h.value('exercises:list', { limit: 10 })).toEqual({ sessions: [a], damaged: 0 });
  });

  it('a session deleted behind Alcove’s back is an integrity failure', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('exercises:add', coherence);
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => db.prepare('DELETE FROM exercises').run());
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });
});
