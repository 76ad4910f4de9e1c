import type { ImportResult } from '../../../../shared/exchange/importResult';
import { importAlcoveJson, type AlcoveImportResult } from './alcoveJsonImport';
import { importDayOne } from './dayOneImport';
import type { ImportOptions } from './importLimits';
import { importJrnlJson } from './jrnlImport';
import { importMarkdownFolder, type FolderFile } from './markdownFolderImport';

/** The formats Alcove reads, as the user names them when picking a file or a folder. */
export type ImportSource =
  | { format: 'alcove'; bytes: Uint8Array }
  | { format: 'jrnl'; bytes: Uint8Array }
  | { format: 'dayone'; bytes: Uint8Array }
  | { format: 'markdown'; files: readonly FolderFile[] };

/** One entry point for the adapter: every importer, by format. Throws ImportError for a refused file. */
export async function importFrom(
  source: ImportSource,
  options?: ImportOptions,
): Promise<ImportResult | AlcoveImportResult> {
  switch (source.format) {
    case 'alcove':
      return importAlcoveJson(source.bytes, options);
    case 'jrnl':
      return importJrnlJson(source.bytes, options);
    case 'dayone':
      return importDayOne(source.bytes, options);
    case 'markdown':
      return importMarkdownFolder(source.files, options);
  }
}
