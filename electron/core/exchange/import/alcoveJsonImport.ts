import { z } from 'zod';
import { emotionName } from '../../../../shared/content/emotions';
import type { Feeling } from '../../../../shared/domain/feelings';
import {
  ALCOVE_EXPORT_FORMAT,
  ALCOVE_EXPORT_VERSION,
  AlcoveExportSchema,
  type ExportedCheckin,
  type ExportedSelfCheck,
} from '../../../../shared/exchange/alcoveExport';
import type { ImportResult, SkippedItem } from '../../../../shared/exchange/importResult';
import { describeIssues } from '../zodIssues';
import { checkInstant } from './importDates';
import { importedEntry } from './importedEntry';
import { ImportError } from './importError';
import { resolveImportOptions, type ImportOptions } from './importLimits';
import { checkEntryCount, checkSize, parseJsonBytes } from './safeJson';

/** An Alcove export read back: its entries, plus its check-ins and self-check-ins if it has them. */
export interface AlcoveImportResult extends ImportResult {
  checkins: ExportedCheckin[];
  selfChecks: ExportedSelfCheck[];
}

const HeadSchema = z.object({ format: z.unknown(), version: z.unknown() });

/**
 * Reads an Alcove JSON export (docs/alcove-export.schema.json). The whole document must match
 * the schema (strict: unknown keys refused); a file from a newer Alcove is refused by name.
 * Entries dated in the future are skipped; feelings this version does not know are dropped.
 */
export function importAlcoveJson(bytes: Uint8Array, options?: ImportOptions): AlcoveImportResult {
  const resolved = resolveImportOptions(options);
  const { limits } = resolved;
  checkSize(bytes.length, limits.maxFileBytes, 'the file');
  const json = parseJsonBytes(bytes, limits);

  const head = HeadSchema.safeParse(json);
  if (!head.success || head.data.format !== ALCOVE_EXPORT_FORMAT)
    throw new ImportError('import.wrongFormat', 'this is not an Alcove export');
  if (typeof head.data.version === 'number' && head.data.version > ALCOVE_EXPORT_VERSION)
    throw new ImportError('import.newerVersion', 'this export was made by a newer version of Alcove');
  checkEntryCount(json, limits);

  const parsed = AlcoveExportSchema.safeParse(json);
  if (!parsed.success)
    throw new ImportError('import.invalidContent', `the export is damaged: ${describeIssues(parsed.error)}`);
  const document = parsed.data;

  const skipped: SkippedItem[] = [];
  const entries = [];
  for (const [index, entry] of document.entries.entries()) {
    const where = `entries[${index}]`;
    const created = checkInstant(new Date(entry.createdAt), resolved);
    if (!created.ok) {
      skipped.push({ reason: created.reason, where });
      continue;
    }
    const known: Feeling[] = entry.emotions.filter((f) => emotionName(f.id, 'en') !== undefined);
    if (known.length < entry.emotions.length)
      skipped.push({ reason: 'unknown-feeling', where, count: entry.emotions.length - known.length });
    entries.push(
      importedEntry(
        {
          title: entry.title,
          body: entry.body,
          createdAt: created.iso,
          updatedAt: new Date(entry.updatedAt).toISOString(),
          emotions: known,
          worksheet: entry.worksheet,
          prompt: entry.prompt,
          tags: entry.tags ?? [],
        },
        limits,
        where,
      ),
    );
  }
  return {
    entries,
    skipped,
    checkins: document.checkins ?? [],
    selfChecks: document.selfChecks ?? [],
  };
}
