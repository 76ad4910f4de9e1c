import { emotionName, type ContentLang } from '../../../shared/content/emotions';
import { SCALES, maxScore, type SelfCheck } from '../../../shared/content/scales';
import type { Checkin } from '../../../shared/domain/checkin';
import type { Feeling } from '../../../shared/domain/feelings';
import { EXPORT_WORDS } from '../../../shared/exchange/exportText';
import { ExportDates } from './exportDates';

// CSV for spreadsheet apps, RFC 4180: comma-separated, CRLF line ends, a field quoted when it
// holds a comma, a quote or a line break, quotes doubled. The text starts with a byte-order mark
// (U+FEFF, written as EF BB BF in UTF-8) because Excel otherwise reads UTF-8 as the local code
// page and mangles every accent.
//
// Formula injection (OWASP "CSV Injection"): a text cell that starts with = + - @, a tab or a line
// break is prefixed with an apostrophe so no spreadsheet runs it as a formula. Numbers we write
// ourselves (valence -2, scores) are not text and are left as numbers.

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\n]/;

type Cell = string | number | null;

/** One CSV field. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value.replace(/\0/g, '\uFFFD');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function feelingsCell(feelings: readonly Feeling[], lang: ContentLang): string {
  return feelings.map((f) => `${emotionName(f.id, lang) ?? f.id} ${f.intensity}/10`).join('; ');
}

export interface CsvOptions {
  /** IANA time zone for the dates; the system's when absent. */
  timeZone?: string;
}

/** One row per check-in: date, valence, energy, feelings with intensities, context, note. */
export function checkinsToCsv(
  checkins: readonly Checkin[],
  lang: ContentLang,
  options: CsvOptions = {},
): string {
  const words = EXPORT_WORDS[lang];
  const dates = new ExportDates(words.locale, options.timeZone);
  const header = [
    words.csv.date,
    words.csv.valence,
    words.csv.energy,
    words.csv.feelings,
    words.csv.context,
    words.csv.note,
  ];
  const rows = checkins.map((c) => [
    dates.sheet(c.at),
    c.valence,
    c.energy,
    feelingsCell(c.labels, lang),
    c.context.join('; '),
    c.note,
  ]);
  return csv([header, ...rows]);
}

const MAX_ITEMS = Math.max(...Object.values(SCALES).map((s) => s.items.length));

/**
 * One row per self-check-in: instrument, version, date, one column per item answer (blank past
 * the instrument's last item), score, maximum score and the published band, in words.
 */
export function selfChecksToCsv(
  selfChecks: readonly SelfCheck[],
  lang: ContentLang,
  options: CsvOptions = {},
): string {
  const words = EXPORT_WORDS[lang];
  const dates = new ExportDates(words.locale, options.timeZone);
  const items = Array.from({ length: MAX_ITEMS }, (_, i) => `${words.csv.item} ${i + 1}`);
  const header = [
    words.csv.instrument,
    words.csv.version,
    words.csv.date,
    ...items,
    words.csv.score,
    words.csv.maxScore,
    words.csv.band,
  ];
  const rows = selfChecks.map((s) => {
    const scale = SCALES[s.scale];
    const band = scale.bands.find((b) => b.id === s.band)?.label[lang] ?? s.band;
    const answers = Array.from({ length: MAX_ITEMS }, (_, i) => s.answers[i] ?? null);
    return [scale.name[lang], s.version, dates.sheet(s.at), ...answers, s.score, maxScore(s.scale), band];
  });
  return csv([header, ...rows]);
}
