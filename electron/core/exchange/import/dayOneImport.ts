import { z } from 'zod';
import type { ImportedEntry, ImportResult, SkippedItem } from '../../../../shared/exchange/importResult';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/domain/attachment';
import { sniffImageType } from '../../journal/imageType';
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
// A first line "# …" becomes the title. Photos in a format Alcove shows (PNG, JPEG, GIF, WebP,
// recognised by their bytes) within the 15 MB attachment limit become the entry's encrypted
// images, and their moment links leave the text. Other photos (HEIC…), videos, audio and PDFs are
// counted per entry in `skipped`, their links left in the text so the reader sees where they were.
// A bare Journal.json (the archive already unzipped) is accepted too: its photos are "missing".

const MEDIA_FOLDERS = new Set(['photos', 'videos', 'audios', 'pdfs']);
/** A photo as Day One stores it: photos/<md5>.<type>. */
const PHOTO_FILE = /^photos\/[0-9a-f]{32}\.[a-z0-9]{1,10}$/i;
const MAX_SHORT_CHARS = 1000;
const MAX_LIST = 100_000;

const DayOneEntrySchema = z.object({
  uuid: z.string().max(MAX_SHORT_CHARS).optional(),
  creationDate: z.string().max(MAX_SHORT_CHARS),
  modifiedDate: z.string().max(MAX_SHORT_CHARS).optional(),
  text: z.string().default(''),
  tags: z.array(z.string().max(MAX_SHORT_CHARS)).max(MAX_SHORT_CHARS).default([]),
  photos: z
    .array(
      z.object({
        identifier: z.string().regex(/^[0-9A-Za-z-]{1,64}$/),
        md5: z.string().regex(/^[0-9a-f]{32}$/i),
        type: z.string().regex(/^[a-z0-9]{1,10}$/i),
      }),
    )
    .max(MAX_LIST)
    .default([]),
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
  const photos = new Map<string, Uint8Array>();
  const skipped: SkippedItem[] = [];
  if (looksLikeZip(bytes)) {
    const zip = await readZip(bytes, limits, (name) => isJournalJson(name) || PHOTO_FILE.test(name));
    journals = zip.read.filter((file) => isJournalJson(file.name));
    for (const file of zip.read)
      if (PHOTO_FILE.test(file.name)) photos.set(file.name.toLowerCase(), file.bytes);
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
    entries.push(...readJournal(journal, what, resolved, entries.length, skipped, photos));
  }
  return { entries, skipped };
}

function readJournal(
  journal: { name: string; bytes: Uint8Array },
  what: string,
  options: ResolvedImportOptions,
  already: number,
  skipped: SkippedItem[],
  photos: ReadonlyMap<string, Uint8Array>,
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
    const media = entry.videos.length + entry.audios.length + entry.pdfAttachments.length;
    if (media > 0) skipped.push({ reason: 'attachments-not-imported', where, count: media });

    let body = unescapeMarkdown(entry.text);
    const images: { name: string; bytes: Uint8Array }[] = [];
    let missing = 0;
    let unsupported = 0;
    for (const photo of entry.photos) {
      const name = `${photo.md5}.${photo.type}`.toLowerCase();
      const file = photos.get(`photos/${name}`);
      if (!file) missing++;
      else if (file.length > MAX_ATTACHMENT_BYTES || !sniffImageType(file)) unsupported++;
      else {
        images.push({ name, bytes: file });
        body = withoutMomentLink(body, photo.identifier);
      }
    }
    if (unsupported > 0) skipped.push({ reason: 'photo-unsupported', where, count: unsupported });
    if (missing > 0) skipped.push({ reason: 'photo-missing', where, count: missing });

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
        images,
      ),
    );
  }
  return entries;
}

/** The text without the link to a photo now attached to the entry (and the blank lines it stood in). */
function withoutMomentLink(text: string, identifier: string): string {
  const link = new RegExp(`\\n*!\\[[^\\]\\n]*\\]\\(dayone-moment://${identifier}\\)\\n*`, 'g');
  return text.replace(link, '\n\n').replace(/^\n+|\n+$/g, '');
}
