import { z } from 'zod';
import type { ImportedEntry, ImportResult, SkippedItem } from '../../../../shared/exchange/importResult';
import { describeIssues } from '../zodIssues';
import { parseDateText } from './importDates';
import { importedEntry } from './importedEntry';
import { ImportError } from './importError';
import { resolveImportOptions, type ImportOptions, type ResolvedImportOptions } from './importLimits';
import { firstHeading, unescapeMarkdown } from './markdownText';
import { checkEntryCount, checkSize, parseJsonBytes } from './safeJson';
import { looksLikeZip, readZip } from './zipReader';

// Day One's "JSON (.zip)" export. Its shape, as exported files and the converters that read them
// show it (Day One publishes no schema; checked against marph91/jimmy src/formats/day_one.py and
// Day One exports quoted in public repositories, e.g. zizyzhang/zizy-blog debug/import-dayone.js):
//   Journal.json (one .json per journal, named after it) at the archive's root:
//     { "metadata": { "version": "1.0" },
//       "entries": [ { "uuid": "81F0…", "creationDate": "2017-12-25T03:04:32Z", "modifiedDate": "…",
//                      "timeZone": "Asia/Bangkok", "text": "Markdown…", "tags": ["…"], "starred": false,
//                      "photos": [ { "identifier", "md5", "type", … } ], "videos", "audios",
//                      "pdfAttachments", "richText", "location", "weather", … } ] }
//   photos/<md5>.<type>, videos/, audios/, pdfs/: the media, referenced from the text as
//   ![](dayone-moment://<identifier>).
// The text is Markdown with punctuation backslash-escaped ("Hello\!"): escapes are resolved.
// A first line "# …" becomes the title. Media are not imported yet: counted per entry in
// `skipped`, their links left in the text so the reader sees where a photo was.
// A bare Journal.json (the archive already unzipped) is accepted too.

const MEDIA_FOLDERS = new Set(['photos', 'videos', 'audios', 'pdfs']);
const MAX_SHORT_CHARS = 1000;
const MAX_LIST = 100_000;

const DayOneEntrySchema = z.object({
  uuid: z.string().max(MAX_SHORT_CHARS).optional(),
  creationDate: z.string().max(MAX_SHORT_CHARS),
  modifiedDate: z.string().max(MAX_SHORT_CHARS).optional(),
  text: z.string().default(''),
  tags: z.array(z.string().max(MAX_SHORT_CHARS)).max(MAX_SHORT_CHARS).default([]),
  photos: z.array(z.unknown()).max(MAX_LIST).default([]),
  videos: z.array(z.unknown()).max(MAX_LIST).default([]),
  audios: z.array(z.unknown()).max(MAX_LIST).default([]),
  pdfAttachments: z.array(z.unknown()).max(MAX_LIST).default([]),
});

const DayOneJournalSchema = z.object({
  metadata: z.object({ version: z.string().max(MAX_SHORT_CHARS) }).optional(),
  entries: z.array(DayOneEntrySchema),
});

function isJournalJson(name: string): boolean {
  const first = name.split('/')[0] ?? '';
  return /\.json$/i.test(name) && !(name.includes('/') && MEDIA_FOLDERS.has(first));
}

function startsLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x7b; // {
}

/** Reads a Day One JSON export: the .zip as exported, or its Journal.json alone. */
export async function importDayOne(bytes: Uint8Array, options?: ImportOptions): Promise<ImportResult> {
  const resolved = resolveImportOptions(options);
  const { limits } = resolved;
  checkSize(bytes.length, limits.maxFileBytes, 'the file');

  let journals: { name: string; bytes: Uint8Array }[];
  const skipped: SkippedItem[] = [];
  if (looksLikeZip(bytes)) {
    const zip = await readZip(bytes, limits, isJournalJson);
    journals = zip.read;
    for (const file of zip.listed) {
      const folder = file.name.split('/')[0] ?? '';
      const isMedia = file.name.includes('/') && MEDIA_FOLDERS.has(folder);
      if (!file.isDirectory && !isMedia && !isJournalJson(file.name))
        skipped.push({ reason: 'not-a-journal-file', where: file.name });
    }
  } else if (startsLikeJson(bytes)) {
    journals = [{ name: 'Journal.json', bytes }];
  } else {
    throw new ImportError('import.notZip', 'this is neither a Day One export (.zip) nor its Journal.json');
  }
  if (journals.length === 0)
    throw new ImportError('import.nothingToImport', 'the archive holds no Day One journal (.json file)');

  const entries: ImportedEntry[] = [];
  const sorted = [...journals].sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const [index, journal] of sorted.entries()) {
    // Errors name the journal by position: journal names are the user's words, and errors reach the log.
    const what = sorted.length === 1 ? 'the journal' : `journal ${index + 1} of ${sorted.length}`;
    entries.push(...readJournal(journal, what, resolved, entries.length, skipped));
  }
  return { entries, skipped };
}

function readJournal(
  journal: { name: string; bytes: Uint8Array },
  what: string,
  options: ResolvedImportOptions,
  already: number,
  skipped: SkippedItem[],
): ImportedEntry[] {
  const { limits } = options;
  const json = parseJsonBytes(journal.bytes, limits, what);
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { entries?: unknown }).entries))
    throw new ImportError('import.wrongFormat', `${what} is not a Day One journal (no "entries" list)`);
  checkEntryCount(json, limits, already);
  const parsed = DayOneJournalSchema.safeParse(json);
  if (!parsed.success) {
    throw new ImportError(
      'import.invalidContent',
      `${what} is not a Day One journal as expected: ${describeIssues(parsed.error)}`,
    );
  }
  const entries: ImportedEntry[] = [];
  for (const [index, entry] of parsed.data.entries.entries()) {
    const where = `${journal.name}: entries[${index}]`;
    const created = parseDateText(entry.creationDate, options);
    if (!created.ok) {
      skipped.push({ reason: created.reason, where });
      continue;
    }
    const modified = entry.modifiedDate === undefined ? null : parseDateText(entry.modifiedDate, options);
    const media =
      entry.photos.length + entry.videos.length + entry.audios.length + entry.pdfAttachments.length;
    if (media > 0) skipped.push({ reason: 'attachments-not-imported', where, count: media });

    let body = unescapeMarkdown(entry.text);
    let title = '';
    const heading = firstHeading(body);
    if (heading) {
      title = heading.title;
      body = body.slice(heading.end);
    }
    entries.push(
      importedEntry(
        {
          title,
          body,
          createdAt: created.iso,
          updatedAt: modified?.ok ? modified.iso : created.iso,
          tags: entry.tags,
        },
        limits,
        where,
      ),
    );
  }
  return entries;
}
