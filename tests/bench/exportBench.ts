/**
 * Export of N entries for a therapist (issue 7): building the Markdown and the JSON file from the
 * entries (the core's own buildExport, redaction and schema check included) and writing it the
 * way the app does (0600, fsync), against a plain write of the same bytes. Runs in-process.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emotionById } from '../../shared/content/emotions';
import type { Entry } from '../../shared/domain/entry';
import type { ExportRequest } from '../../shared/exchange/exportRequest';
import { buildExport, exportBytes, writeExportFile } from '../../electron/core/exchange/exportService';
import { journal } from './generate';
import { percentile } from './stats';

const RUNS = 5;

function median(fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}

async function medianAsync(fn: () => Promise<void>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}

/** Figures for exporting `count` synthetic entries, one redacted passage in every tenth. */
export async function benchExport(count: number): Promise<Record<string, number>> {
  const entries: Entry[] = [...journal(count, 7)].map((e) => ({
    id: randomBytes(16).toString('hex'),
    title: e.title,
    tags: [],
    body: e.body,
    pinned: false,
    emotions: e.emotions.flatMap((f) =>
      emotionById(f.name) ? [{ id: f.name, intensity: f.intensity }] : [],
    ),
    notForSharing: false,
    createdAt: e.createdAt,
    updatedAt: e.createdAt,
  }));
  const request = (format: ExportRequest['format']): ExportRequest => ({
    format,
    lang: 'fr',
    entryIds: entries.map((e) => e.id),
    redactions: entries
      .filter((_, i) => i % 10 === 0)
      .map((e) => ({ entryId: e.id, ranges: [{ start: 0, end: Math.min(40, e.body.length) }] })),
    includeCheckins: false,
    includeSelfChecks: false,
    period: { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' },
    toBring: '',
    timeZone: 'Europe/Paris',
  });
  const data = { entries, checkins: [], selfChecks: [] };
  const now = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-bench-export-'));
  try {
    const result: Record<string, number> = { entries: count };
    for (const format of ['markdown', 'json'] as const) {
      let text = '';
      const buildMs = median(() => {
        text = buildExport(request(format), data, now).text;
      });
      const bytes = Buffer.byteLength(text);
      const file = path.join(dir, `export-${format}`);
      const writeMs = median(() => writeExportFile(file, Buffer.from(text, 'utf8')));
      const plainMs = median(() => fs.writeFileSync(path.join(dir, 'plain'), text));
      result[`${format}_bytes`] = bytes;
      result[`${format}_build_ms`] = buildMs;
      result[`${format}_write_ms`] = writeMs;
      result[`${format}_plain_write_ms`] = plainMs;
      result[`${format}_mb_s`] = bytes / 1e6 / ((buildMs + writeMs) / 1000);
    }
    // The PDF: the same selection laid out (summary page, then every entry), A4.
    let pdf: Uint8Array = new Uint8Array();
    const pdfRequest = request('pdf');
    const built = buildExport(pdfRequest, data, now);
    const pdfBuildMs = await medianAsync(async () => {
      pdf = await exportBytes(pdfRequest, built);
    });
    const pdfFile = path.join(dir, 'export.pdf');
    result.pdf_bytes = pdf.byteLength;
    result.pdf_build_ms = pdfBuildMs;
    result.pdf_write_ms = median(() => writeExportFile(pdfFile, pdf));
    result.pdf_plain_write_ms = median(() => fs.writeFileSync(path.join(dir, 'plain'), pdf));
    result.pdf_mb_s = pdf.byteLength / 1e6 / ((result.pdf_build_ms + result.pdf_write_ms) / 1000);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The export figures as lines for the bench report. */
export function formatExportBench(r: Record<string, number>): string {
  const f = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(1));
  const lines = [`\nexport of ${r.entries} entries for a therapist (build + write, median of ${RUNS})`];
  for (const format of ['pdf', 'markdown', 'json']) {
    const total = (r[`${format}_build_ms`] ?? 0) + (r[`${format}_write_ms`] ?? 0);
    lines.push(
      `  ${format.padEnd(9)} ${f((r[`${format}_bytes`] ?? 0) / 1e6)} MB: build ${f(r[`${format}_build_ms`])} ms + write ${f(r[`${format}_write_ms`])} ms ` +
        `= ${f(r[`${format}_mb_s`])} MB/s (plain write of the same bytes: ${f(r[`${format}_plain_write_ms`])} ms, ` +
        `${(total / (r[`${format}_plain_write_ms`] ?? 1)).toFixed(1)}× its time)`,
    );
  }
  return lines.join('\n');
}
