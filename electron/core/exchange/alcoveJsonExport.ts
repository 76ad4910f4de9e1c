import { version as packageVersion } from '../../../package.json';
import { AppError } from '../../../shared/errors';
import {
  ALCOVE_EXPORT_FORMAT,
  ALCOVE_EXPORT_VERSION,
  AlcoveExportSchema,
  type AlcoveExport,
} from '../../../shared/exchange/alcoveExport';
import type { ExportSelection } from '../../../shared/exchange/exportSelection';
import { EXPORT_DISCLAIMER } from '../../../shared/exchange/exportText';
import { redactedEntries } from './redactSelection';
import { describeIssues } from './zodIssues';

/**
 * The selection as an Alcove JSON export (docs/alcove-export.schema.json), pretty-printed.
 * Fields are copied one by one (never spread), so nothing the vault adds to its objects later
 * leaks into a file silently; and the document is checked against the published schema before
 * it is returned, so Alcove never writes a file it would refuse to read back.
 */
/** The names of an entry's tags, when it has any the vault still knows. */
function tagsOf(
  ids: readonly string[],
  names: Readonly<Record<string, string>> | undefined,
): { tags?: string[] } {
  const named = ids.flatMap((id) => (names?.[id] !== undefined ? [names[id]] : []));
  return named.length > 0 ? { tags: named } : {};
}

export function toAlcoveJson(selection: ExportSelection): string {
  const document: AlcoveExport = {
    format: ALCOVE_EXPORT_FORMAT,
    version: ALCOVE_EXPORT_VERSION,
    exportedAt: selection.exportedAt,
    app: {
      name: selection.app?.name ?? 'Alcove',
      version: selection.app?.version ?? packageVersion,
    },
    disclaimer: EXPORT_DISCLAIMER[selection.lang],
    entries: redactedEntries(selection).map((entry) => ({
      id: entry.id,
      title: entry.title,
      body: entry.body,
      emotions: entry.emotions.map(({ id, intensity }) => ({ id, intensity })),
      // Validated data, copied whole: the strict schema below refuses anything it does not name.
      ...(entry.worksheet ? { worksheet: entry.worksheet } : {}),
      ...(entry.prompt ? { prompt: { packId: entry.prompt.packId, promptId: entry.prompt.promptId } } : {}),
      ...tagsOf(entry.tags, selection.tagNames),
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    })),
  };
  if (selection.checkins) {
    document.checkins = selection.checkins.map((c) => ({
      id: c.id,
      at: c.at,
      valence: c.valence,
      energy: c.energy,
      labels: c.labels.map(({ id, intensity }) => ({ id, intensity })),
      note: c.note,
      context: [...c.context],
    }));
  }
  if (selection.selfChecks) {
    document.selfChecks = selection.selfChecks.map((s) => ({
      id: s.id,
      at: s.at,
      scale: s.scale,
      answers: [...s.answers],
      score: s.score,
      band: s.band,
      version: s.version,
    }));
  }
  const checked = AlcoveExportSchema.safeParse(document);
  if (!checked.success) {
    throw new AppError(
      'VALIDATION',
      `the export does not fit its own format: ${describeIssues(checked.error)}`,
    );
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}
