import { entryExcerpt, excerptOf } from '../../../../shared/domain/entry';
import type { ImportedEntry } from '../../../../shared/exchange/importResult';

/** What the vault already holds, as the timeline lists it. */
export interface ExistingEntry {
  createdAt: string;
  title: string;
  excerpt: string;
}

export interface DuplicateEntry {
  entry: ImportedEntry;
  /** Position in the incoming list. */
  index: number;
  /** Already in the journal, or earlier in the same file(s). */
  of: 'existing' | 'incoming';
}

export interface ImportPlan {
  toCreate: ImportedEntry[];
  duplicates: DuplicateEntry[];
}

/** Instants compared as instants: "…00Z" and "…00.000Z" are the same moment. */
function keyOf(createdAt: string, excerpt: string): string {
  const time = Date.parse(createdAt);
  return `${Number.isNaN(time) ? createdAt : time}\u0000${excerpt}`;
}

/**
 * Splits an import into what to create and what is already there: an incoming entry is a
 * duplicate when its date and excerpt (entryExcerpt, as the timeline shows it) equal an existing
 * entry's, or an earlier incoming entry's. Importing the same file twice creates nothing the
 * second time.
 */
export function planImport(
  existing: readonly ExistingEntry[],
  incoming: readonly ImportedEntry[],
): ImportPlan {
  const known = new Set(existing.map((e) => keyOf(e.createdAt, e.excerpt)));
  const seen = new Set<string>();
  const plan: ImportPlan = { toCreate: [], duplicates: [] };
  incoming.forEach((entry, index) => {
    const key = keyOf(entry.createdAt, entryExcerpt(entry));
    // Entries saved before excerpts dropped Markdown marks keep the raw excerpt in their header.
    const legacy = entry.worksheet ? key : keyOf(entry.createdAt, excerptOf(entry.body));
    if (known.has(key) || known.has(legacy)) plan.duplicates.push({ entry, index, of: 'existing' });
    else if (seen.has(key)) plan.duplicates.push({ entry, index, of: 'incoming' });
    else {
      seen.add(key);
      plan.toCreate.push(entry);
    }
  });
  return plan;
}
