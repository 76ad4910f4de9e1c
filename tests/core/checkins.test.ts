import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

const anxious = {
  valence: -2,
  energy: 2,
  labels: [
    { id: 'anxiety', intensity: 7 },
    { id: 'not-sure', intensity: 3 },
  ],
  note: 'CANARY-CHECKIN-91ab before the meeting',
  context: ['work', 'sleep'],
};

describe('emotion check-ins', () => {
  it('are kept encrypted, listed newest first, and survive lock, rotation and deletion of others', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const first = await h.value('checkins:add', anxious);
    expect(first).toMatchObject({ ...anxious, at: '2026-03-01T09:00:00.000Z' });
    h.clock.ms += 3_600_000;
    const second = await h.value('checkins:add', {
      valence: null,
      energy: null,
      labels: [{ id: 'relief', intensity: 5 }],
      note: '',
      context: [],
    });
    h.clock.ms += 3_600_000;
    const third = await h.value('checkins:add', { ...anxious, note: 'later', labels: [] });
    expect((await h.value('checkins:list', { limit: 10 })).checkins.map((c) => c.id)).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
    expect(
      (await h.value('checkins:list', { limit: 10, before: third.at })).checkins.map((c) => c.id),
    ).toEqual([second.id, first.id]);
    expect(
      (await h.value('checkins:list', { limit: 10, since: second.at })).checkins.map((c) => c.id),
    ).toEqual([third.id, second.id]);

    await h.value('checkins:delete', { id: second.id });
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['CANARY-CHECKIN-91ab', 'anxiety'])).toEqual([]);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await h.value('checkins:list', { limit: 10 })).toEqual({ checkins: [third, first], damaged: 0 });
  });

  it('can be dated earlier ("this morning"), never later', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const earlier = await h.value('checkins:add', { ...anxious, at: '2026-03-01T06:30:00.000Z' });
    expect(earlier.at).toBe('2026-03-01T06:30:00.000Z');
    expect(await h.call('checkins:add', { ...anxious, at: '2026-03-02T09:00:00.000Z' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuse what is not a check-in, with a reason', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const bad = [
      { ...anxious, labels: [{ id: 'made-up-feeling', intensity: 3 }] },
      { ...anxious, labels: [{ id: 'anxiety', intensity: 11 }] },
      {
        ...anxious,
        labels: [
          { id: 'anxiety', intensity: 2 },
          { id: 'anxiety', intensity: 3 },
        ],
      },
      {
        ...anxious,
        labels: ['joy', 'calm', 'fear', 'anger'].map((id) => ({ id, intensity: 1 })),
      },
      { ...anxious, valence: 4 },
      { ...anxious, energy: null },
      { valence: null, energy: null, labels: [], note: 'nothing chosen', context: [] },
      { ...anxious, context: ['x'.repeat(41)] },
    ];
    for (const input of bad) {
      expect(await h.call('checkins:add', input as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.value('checkins:list', { limit: 10 })).toEqual({ checkins: [], damaged: 0 });
  });

  it('a check-in deleted behind Alcove’s back is an integrity failure', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('checkins:add', anxious);
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => db.prepare('DELETE FROM checkins').run());
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });
});
