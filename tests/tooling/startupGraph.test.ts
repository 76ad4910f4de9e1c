import path from 'node:path';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What the unlock screen loads: every module main.tsx reaches by static imports (dynamic
 * `import()`s load later, on demand). esbuild resolves it the way the bundle does, type-only
 * imports left out. The unlock screen's budget is 300 ms from page load; a schema library or the
 * journal slipping into this graph through one innocent-looking constant is how it was missed.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = 'renderer/src/main.tsx';

let reached: Map<string, string | null>;

/** "a → b → c": how main.tsx comes to load `file`. */
function chain(file: string): string {
  const links: string[] = [];
  for (let at: string | null | undefined = file; at; at = reached.get(at)) links.unshift(at);
  return links.join(' → ');
}

function loaded(pattern: RegExp): string[] {
  return [...reached.keys()].filter((file) => pattern.test(file)).map(chain);
}

beforeAll(async () => {
  const { metafile } = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'unused',
    write: false,
    metafile: true,
    jsx: 'automatic',
    loader: { '.css': 'empty', '.woff2': 'empty', '.svg': 'empty', '.png': 'empty' },
    define: { __ALCOVE_VERSION__: '"0"' },
    logLevel: 'silent',
  });
  reached = new Map([[ENTRY, null]]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const { path: next, kind } of metafile.inputs[file]?.imports ?? []) {
      if (kind !== 'import-statement' || reached.has(next)) continue;
      reached.set(next, file);
      queue.push(next);
    }
  }
}, 60_000);

describe('the unlock screen’s code', () => {
  it('is found at all (the walk reaches React and the app)', () => {
    expect(loaded(/node_modules\/react-dom\//).length).toBeGreaterThan(0);
    expect(loaded(/renderer\/src\/features\/unlock\/Unlock\.tsx$/)).toHaveLength(1);
  });

  it('loads no schema library: the core validates, the page shows', () => {
    expect(loaded(/node_modules\/zod\//)).toEqual([]);
  });

  it('leaves the journal, the editor, the Markdown renderer and the charts to load after unlock', () => {
    expect(loaded(/renderer\/src\/features\/journal\/Journal\.tsx$/)).toEqual([]);
    expect(loaded(/node_modules\/@codemirror\//)).toEqual([]);
    expect(loaded(/node_modules\/react-markdown\//)).toEqual([]);
    expect(loaded(/node_modules\/recharts\//)).toEqual([]);
  });
});
