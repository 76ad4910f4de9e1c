import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/layering');
const eslint = new ESLint({ cwd: ROOT });

/**
 * Lints a fixture's source AS IF it lived at `pretendPath` in the real tree: this proves the
 * real configuration bites on the real folders, not on a copy of the rules.
 */
async function lintAs(
  fixture: string,
  pretendPath: string,
): Promise<Array<{ rule: string | null; message: string }>> {
  const source = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, pretendPath) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe('the layering rules bite', () => {
  it.each([
    ['shared-imports-node.ts', 'shared/__fixture__.ts', 'no-restricted-imports', /environment-neutral/],
    ['shared-imports-core.ts', 'shared/__fixture__.ts', 'no-restricted-imports', /depends on nothing/],
    ['shared-uses-dom.ts', 'shared/__fixture__.ts', 'no-restricted-globals', /no DOM or Node globals/],
    ['core-imports-electron.ts', 'electron/core/__fixture__.ts', 'no-restricted-imports', /plain Node/],
    ['core-imports-network.ts', 'electron/core/__fixture__.ts', 'no-restricted-imports', /no network calls/],
    ['core-uses-fetch.ts', 'electron/core/__fixture__.ts', 'no-restricted-globals', /no network calls/],
    [
      'core-imports-libsodium.ts',
      'electron/core/vault/__fixture__.ts',
      'no-restricted-imports',
      /sodium\.ts/,
    ],
    ['renderer-imports-core.ts', 'renderer/src/__fixture__.ts', 'no-restricted-imports', /window\.alcove/],
    ['renderer-imports-electron.ts', 'renderer/src/__fixture__.ts', 'no-restricted-imports', /sandboxed/],
    ['main-imports-network.ts', 'electron/main/__fixture__.ts', 'no-restricted-imports', /no network calls/],
  ])('%s is refused where it pretends to live (%s)', async (fixture, pretendPath, rule, why) => {
    const messages = await lintAs(fixture, pretendPath);
    expect(messages).toContainEqual({ rule, message: expect.stringMatching(why) });
  });

  it('lets crypto/sodium.ts, and only it, import libsodium', async () => {
    expect(await lintAs('core-imports-libsodium.ts', 'electron/core/crypto/sodium.ts')).toEqual([]);
  });

  it.each([
    ['good-shared.ts', 'shared/__fixture__.ts'],
    ['good-core.ts', 'electron/core/__fixture__.ts'],
    ['good-main.ts', 'electron/main/__fixture__.ts'],
    ['good-renderer.ts', 'renderer/src/__fixture__.ts'],
  ])('accepts %s in %s', async (fixture, pretendPath) => {
    expect(await lintAs(fixture, pretendPath)).toEqual([]);
  });
});

describe('the tree as it is', () => {
  it('has no layering violation in shared/, electron/ or renderer/', async () => {
    const tree = new ESLint({ cwd: ROOT, errorOnUnmatchedPattern: false });
    const results = await tree.lintFiles(['shared', 'electron', 'renderer']);
    const layering = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
        .map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(layering).toEqual([]);
  });
});
