import fs from 'node:fs';
import path from 'node:path';
import type { CoreDialogs, PartnerFileKind } from '../createCore';

/**
 * Pairing cards and partner files on disk, for the two-machine exchange. The paths come only
 * from the native dialogs, never from the renderer; what is read is capped before it is read,
 * so a huge file picked by mistake never reaches the vault worker.
 */

/** Far above any genuine card; a bigger file is refused before it is read. */
export const MAX_CARD_BYTES = 16 * 1024;
/** Far above any genuine partner file (armoured, 1 MiB payload at most: exchangeFile.ts). */
export const MAX_PARTNER_FILE_BYTES = 2 * 1024 * 1024;

/** Asks where to save, then writes the text (mode 0600). */
export async function savePartnerText(
  dialogs: CoreDialogs,
  kind: PartnerFileKind,
  file: { fileName: string; text: string },
): Promise<{ status: 'cancelled' } | { status: 'saved'; fileName: string }> {
  const chosen = await dialogs.savePartnerFile(kind, file.fileName);
  if (!chosen) return { status: 'cancelled' };
  fs.writeFileSync(chosen, file.text, { encoding: 'utf8', mode: 0o600 });
  return { status: 'saved', fileName: path.basename(chosen) };
}

/** The file's bytes, or null when it is not a readable file or is larger than `cap`. */
export function readPartnerFile(file: string, cap: number): Uint8Array | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > cap) return null;
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    return null;
  }
}
