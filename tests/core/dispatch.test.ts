import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { startCore, type Harness } from './support/coreHarness';

let h: Harness;
afterEach(async () => h?.dispose());

describe('dispatch, the gate between an untrusted caller and the core', () => {
  it('refuses a channel that is not in the contract, including prototype names', async () => {
    h = startCore();
    for (const channel of ['vault:destroy', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(h.core.handlers, channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });

  it('rejects extra or mistyped input with VALIDATION, naming the field', async () => {
    h = startCore();
    const result = await dispatch(h.core.handlers, 'vault:create', { passphrase: 12345678 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^passphrase:/) },
    });
  });

  it('folds an unexpected failure into INTERNAL without leaking its message, and logs no input', async () => {
    h = startCore();
    const logged: unknown[] = [];
    const handlers = {
      ...h.core.handlers,
      'vault:status': async () => {
        throw new TypeError('secret journal text in an error message');
      },
    };
    const result = await dispatch(handlers, 'vault:status', undefined, {
      error: (message, detail) => logged.push({ message, detail }),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'unexpected failure in the core' },
    });
    expect(JSON.stringify(logged)).not.toContain('secret');
    expect(logged).toEqual([
      { message: 'unexpected handler failure', detail: { channel: 'vault:status', kind: 'TypeError' } },
    ]);
  });
});
