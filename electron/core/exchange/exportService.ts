import fs from 'node:fs';
import type { SelfCheck } from '../../../shared/content/scales';
import type { Checkin } from '../../../shared/domain/checkin';
import type { ImageType } from '../../../shared/domain/attachment';
import type { Entry } from '../../../shared/domain/entry';
import type { ExerciseSession } from '../../../shared/domain/exercise';
import type { ExportFormat, ExportRequest } from '../../../shared/exchange/exportRequest';
import type { ExportSelection } from '../../../shared/exchange/exportSelection';
import { normalizeRanges } from '../../../shared/exchange/redaction';
import { AppError } from '../../../shared/errors';
import { toAlcoveJson } from './alcoveJsonExport';
import { checkinsToCsv, selfChecksToCsv } from './csvExport';
import { toMarkdown } from './markdownExport';
import { zipFiles } from './passwordZip';
import { toPdf } from './pdfExport';

/** An image of an exported entry, decrypted by the worker for a Markdown export. */
export interface ExportImage {
  entryId: string;
  /** The attachment's id: it names the file, so two images never share a name. */
  id: string;
  type: ImageType;
  bytes: Uint8Array;
}

/** What an export was built from, read from the vault by the worker. */
export interface ExportData {
  entries: Entry[];
  checkins: Checkin[];
  selfChecks: SelfCheck[];
  /** Sessions of the period, when asked for. */
  exercises?: ExerciseSession[];
  /** Only asked for a Markdown export with images. */
  images?: ExportImage[];
  /** Tag id → name for the tags the entries carry. */
  tagNames?: Record<string, string>;
}

const IMAGE_EXTENSIONS: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/**
 * A built export: the exact text that will be written (for a PDF, the text its pages lay out),
 * its file name, what it holds, and the selection it was built from (a PDF is drawn from it).
 */
export interface BuiltExport {
  text: string;
  selection: ExportSelection;
  fileName: string;
  counts: { entries: number; checkins: number; selfChecks: number; hiddenPassages: number; images: number };
  /** A Markdown export's images, each with its path beside the Markdown file. */
  images: { path: string; bytes: Uint8Array }[];
}

const EXTENSIONS: Record<ExportFormat, string> = {
  pdf: '.pdf',
  markdown: '.md',
  json: '.json',
  'csv-checkins': '-checkins.csv',
  'csv-selfchecks': '-self-check-ins.csv',
};

/**
 * Builds the file the user asked for from what the vault holds. Used for the preview and for the
 * write alike, so the user sees exactly what will be written. Entries keep the order asked for
 * (oldest first reads best for a therapist; the renderer sends them so).
 */
export function buildExport(request: ExportRequest, data: ExportData, exportedAt: Date): BuiltExport {
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  const entries = request.entryIds.flatMap((id) => byId.get(id) ?? []);
  const redactions: Record<string, ExportRequest['redactions'][number]['ranges']> = {};
  let hiddenPassages = 0;
  for (const { entryId, ranges } of request.redactions) {
    const entry = byId.get(entryId);
    if (!entry) throw new AppError('VALIDATION', 'a hidden passage belongs to an entry that is not exported');
    redactions[entryId] = ranges;
    hiddenPassages += normalizeRanges(entry.body, ranges).length;
  }
  const csv = request.format === 'csv-checkins' || request.format === 'csv-selfchecks';
  const images: BuiltExport['images'] = [];
  const imagePaths: Record<string, string[]> = {};
  if (request.format === 'markdown' && request.includeImages) {
    const exported = new Set(entries.map((e) => e.id));
    for (const image of data.images ?? []) {
      if (!exported.has(image.entryId)) continue;
      const file = `images/${image.id}.${IMAGE_EXTENSIONS[image.type]}`;
      (imagePaths[image.entryId] ??= []).push(file);
      images.push({ path: file, bytes: image.bytes });
    }
  }
  const checkins = request.includeCheckins || request.format === 'csv-checkins' ? data.checkins : [];
  const selfChecks = request.includeSelfChecks || request.format === 'csv-selfchecks' ? data.selfChecks : [];
  const selection: ExportSelection = {
    entries: csv ? [] : entries,
    redactions: csv ? {} : redactions,
    checkins: request.format === 'csv-selfchecks' ? [] : checkins,
    selfChecks: request.format === 'csv-checkins' ? [] : selfChecks,
    ...(request.includeExercises && !csv ? { exercises: data.exercises ?? [] } : {}),
    lang: request.lang,
    exportedAt: exportedAt.toISOString(),
    // The request's period ends at an exclusive instant (midnight after the last day); the
    // reader is shown the last day itself.
    summary: {
      period: { from: request.period.from, to: new Date(Date.parse(request.period.to) - 1).toISOString() },
      toBring: request.toBring,
    },
    ...(request.timeZone ? { timeZone: request.timeZone } : {}),
    ...(images.length > 0 ? { images: imagePaths } : {}),
    ...(data.tagNames ? { tagNames: data.tagNames } : {}),
  };
  const options = request.timeZone ? { timeZone: request.timeZone } : {};
  const text =
    request.format === 'markdown' || request.format === 'pdf'
      ? toMarkdown(selection)
      : request.format === 'json'
        ? toAlcoveJson(selection)
        : request.format === 'csv-checkins'
          ? checkinsToCsv(checkins, request.lang, options)
          : selfChecksToCsv(selfChecks, request.lang, options);
  const day = exportedAt.toISOString().slice(0, 10);
  return {
    text,
    selection,
    fileName: `alcove-export-${day}${EXTENSIONS[request.format]}`,
    counts: {
      entries: selection.entries.length,
      checkins: selection.checkins?.length ?? 0,
      selfChecks: selection.selfChecks?.length ?? 0,
      hiddenPassages: csv ? 0 : hiddenPassages,
      images: images.length,
    },
    images,
  };
}

/** The name of the written file: the export's own, or the zip that holds it when protected. */
export function writtenFileName(request: ExportRequest, built: BuiltExport, password?: string): string {
  if (request.format === 'pdf' || (password === undefined && built.images.length === 0))
    return built.fileName;
  return `${baseName(built.fileName)}.zip`;
}

/** The export's name without its extension (and the folder a zip holds it in). */
function baseName(fileName: string): string {
  return fileName.replace(/\.[a-z]+$/, '');
}

/**
 * The bytes of the file: the text as UTF-8, or the PDF drawn from the same selection. With a
 * password, the PDF is encrypted itself and the other formats go into an AES-256 zip.
 */
export async function exportBytes(
  request: ExportRequest,
  built: BuiltExport,
  password?: string,
): Promise<Uint8Array> {
  if (request.format === 'pdf') {
    return toPdf(built.selection, {
      pageSize: request.pageSize ?? 'A4',
      ...(password === undefined ? {} : { password }),
    });
  }
  const bytes = Buffer.from(built.text, 'utf8');
  if (built.images.length > 0) {
    // A folder, zipped: the Markdown file and the images/ folder its links point into.
    const folder = baseName(built.fileName);
    return zipFiles(
      [
        { path: `${folder}/${built.fileName}`, bytes },
        ...built.images.map((image) => ({ path: `${folder}/${image.path}`, bytes: image.bytes })),
      ],
      password,
    );
  }
  return password === undefined ? bytes : zipFiles([{ path: built.fileName, bytes }], password);
}

/**
 * Writes an export where the user chose, readable by the user only (0600, also when replacing a
 * file), in one go with no temporary file beside it, and flushed before it is reported written.
 */
export function writeExportFile(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
