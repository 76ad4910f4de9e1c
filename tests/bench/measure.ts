/**
 * One benchmark phase in a fresh process (so RSS and caches belong to one system):
 *   tsx tests/bench/measure.ts <system> <populate|measure> <entries> <dir>
 * prints one JSON line of metrics.
 */
import { journal, prng, queries, saveEntry } from './generate';
import { alcove } from './systems/alcove';
import { plaintext } from './systems/plaintext';
import type { BenchSystem } from './systems/types';

const SYSTEMS: Record<string, () => Promise<BenchSystem>> = {
  alcove: async () => alcove,
  plaintext: async () => plaintext,
  sqlcipher: async () => (await import('./systems/sqlcipher')).sqlcipher,
};

const [name, phase, count, dir] = process.argv.slice(2);
const load = name ? SYSTEMS[name] : undefined;
if (!load || (phase !== 'populate' && phase !== 'measure') || !count || !dir) {
  console.error('usage: measure.ts <alcove|plaintext|sqlcipher> <populate|measure> <entries> <dir>');
  process.exit(2);
}
const system = await load();
const metrics =
  phase === 'populate'
    ? await system.populate(dir, journal(Number(count)))
    : await system.measure(
        dir,
        queries(prng(7)),
        Array.from(
          { length: 200 },
          (
            (random) => () =>
              saveEntry(random)
          )(prng(11)),
        ),
      );
process.stdout.write(`${JSON.stringify(metrics)}\n`);
