import type { SyntheticEntry } from '../generate';

export type Metrics = Record<string, number>;

export interface BenchSystem {
  /** Writes the journal as the system would store it after years of use. */
  populate(dir: string, entries: Iterable<SyntheticEntry>): Promise<Metrics>;
  /** In a fresh process: open, list, index, search, save; figures in ms, MB and bytes. */
  measure(dir: string, queries: string[], saves: SyntheticEntry[]): Promise<Metrics>;
}

export const PASSPHRASE = 'a benchmark passphrase, long enough';
