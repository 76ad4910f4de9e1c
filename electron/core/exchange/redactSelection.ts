import type { Entry } from '../../../shared/domain/entry';
import { AppError } from '../../../shared/errors';
import type { ExportSelection } from '../../../shared/exchange/exportSelection';
import { applyRedactions } from '../../../shared/exchange/redaction';

/**
 * The selected entries with their hidden passages replaced by the marker. Every exporter goes
 * through here, so no format can forget a redaction. A redacted entry loses its structured
 * worksheet too: the hidden passage is in it, and the redacted body still says the rest. A redaction for an entry that is not in the
 * selection is refused: it means the screen and the export disagree about what is shared.
 */
export function redactedEntries(selection: ExportSelection): Entry[] {
  const ids = new Set(selection.entries.map((e) => e.id));
  for (const id of Object.keys(selection.redactions)) {
    if (!ids.has(id)) throw new AppError('VALIDATION', 'a hidden passage belongs to an entry not exported');
  }
  return selection.entries.map((entry) => {
    const ranges = Object.hasOwn(selection.redactions, entry.id) ? selection.redactions[entry.id] : undefined;
    if (!ranges || ranges.length === 0) return entry;
    const { worksheet: _hidden, ...rest } = entry;
    return { ...rest, body: applyRedactions(entry.body, ranges, selection.lang) };
  });
}
