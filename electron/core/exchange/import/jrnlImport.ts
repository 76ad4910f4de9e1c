import { z } from 'zod';
import type { ImportedEntry, ImportResult, SkippedItem } from '../../../../shared/exchange/importResult';
import { describeIssues } from '../zodIssues';
import { localInstant } from './importDates';
import { importedEntry } from './importedEntry';
import { ImportError } from './importError';
import { resolveImportOptions, type ImportOptions } from './importLimits';
import { checkEntryCount, checkSize, parseJsonBytes } from './safeJson';

// jrnl's `jrnl --export json` (also `jrnl --format json`), as its source writes it
// (jrnl-org/jrnl, jrnl/plugins/json_exporter.py, JSONExporter.entry_to_dict / export_journal) and
// its documentation shows it (docs/formats.md, "JSON"):
//   { "tags": { "@tag": 1 },
//     "entries": [ { "title", "body", "date": "%Y-%m-%d", "time": "%H:%M", "tags": ["@tag"],
//                    "starred": false, optional "uuid" and "creator" (DayOne-backed journals) } ] }
// Dates are wall-clock times without a zone: the writer's local time.
// Objects are read loosely (jrnl may add fields; unknown ones are ignored), values strictly.

const MAX_SHORT_CHARS = 1000;

const JrnlEntrySchema = z.object({
  title: z.string(),
  body: z.string(),
  date: z.string().max(MAX_SHORT_CHARS),
  time: z.string().max(MAX_SHORT_CHARS),
  tags: z.array(z.string().max(MAX_SHORT_CHARS)).max(MAX_SHORT_CHARS).default([]),
  starred: z.boolean().optional(),
});

const JrnlExportSchema = z.object({
  tags: z.record(z.string().max(MAX_SHORT_CHARS), z.number()).optional(),
  entries: z.array(JrnlEntrySchema),
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads a jrnl JSON export. Entries whose date or time does not parse are skipped. */
export function importJrnlJson(bytes: Uint8Array, options?: ImportOptions): ImportResult {
  const resolved = resolveImportOptions(options);
  const { limits } = resolved;
  checkSize(bytes.length, limits.maxFileBytes, 'the file');
  const json = parseJsonBytes(bytes, limits);
  if (
    typeof json !== 'object' ||
    json === null ||
    !Array.isArray((json as { entries?: unknown }).entries) ||
    'format' in json
  ) {
    throw new ImportError('import.wrongFormat', 'this is not a jrnl JSON export (no "entries" list)');
  }
  checkEntryCount(json, limits);
  const parsed = JrnlExportSchema.safeParse(json);
  if (!parsed.success)
    throw new ImportError(
      'import.invalidContent',
      `the jrnl export is damaged: ${describeIssues(parsed.error)}`,
    );

  const entries: ImportedEntry[] = [];
  const skipped: SkippedItem[] = [];
  for (const [index, entry] of parsed.data.entries.entries()) {
    const where = `entries[${index}]`;
    const d = DATE.exec(entry.date);
    const t = TIME.exec(entry.time);
    if (!d || !t) {
      skipped.push({ reason: 'bad-date', where });
      continue;
    }
    const created = localInstant(
      {
        year: +d[1]!,
        month: +d[2]!,
        day: +d[3]!,
        hour: +t[1]!,
        minute: +t[2]!,
        second: t[3] === undefined ? 0 : +t[3],
      },
      resolved,
    );
    if (!created.ok) {
      skipped.push({ reason: created.reason, where });
      continue;
    }
    entries.push(
      importedEntry(
        { title: entry.title, body: entry.body, createdAt: created.iso, tags: entry.tags },
        limits,
        where,
      ),
    );
  }
  return { entries, skipped };
}
