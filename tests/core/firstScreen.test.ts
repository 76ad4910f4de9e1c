import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lockedVaultWith(entries: number): Promise<void> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  for (let i = 0; i < entries; i++) await h.value('entries:create', { body: `entry ${i}` });
  await h.value('vault:lock', undefined);
  h.events.length = 0;
}

const indexProgress = () =>
  h.events.filter((e) => e.event === 'vault:progress' && (e.payload as { task: string }).task === 'index');

async function verdict(): Promise<string> {
  for (;;) {
    const { integrity } = await h.value('vault:status', undefined);
    if (integrity !== 'checking') return integrity ?? 'none';
    await pause(10);
  }
}

describe('the first screen after unlock', () => {
  it('is answered before the integrity check and the index start, which follow its first page', async () => {
    await lockedVaultWith(3);
    await h.value('vault:unlock', UNLOCK);
    // The journal is still mounting: the worker keeps itself free for the requests it will make.
    await pause(300);
    expect((await h.value('vault:status', undefined)).integrity).toBe('checking');
    expect(indexProgress()).toEqual([]);

    expect((await h.value('entries:list', { limit: 50 })).entries).toHaveLength(3);
    expect(await verdict()).toBe('verified');
    while (indexProgress().length === 0) await pause(10);
  });

  it('does not wait for a page that nobody asks for', async () => {
    await lockedVaultWith(1);
    const unlocked = Date.now();
    await h.value('vault:unlock', UNLOCK);
    expect(await verdict()).toBe('verified');
    // A second or so (see vaultWorker.ts), not forever.
    expect(Date.now() - unlocked).toBeLessThan(3000 + 1000);
  });
});
