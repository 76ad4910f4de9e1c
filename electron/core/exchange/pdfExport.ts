import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as Fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';
import { emotionName, type ContentLang } from '../../../shared/content/emotions';
import { SCALES, maxScore, type SelfCheck } from '../../../shared/content/scales';
import type { Checkin } from '../../../shared/domain/checkin';
import type { Feeling } from '../../../shared/domain/feelings';
import type { ExportSelection } from '../../../shared/exchange/exportSelection';
import { EXPORT_DISCLAIMER, EXPORT_WORDS } from '../../../shared/exchange/exportText';
import { moodByBucket, topLabels, type MoodBucket } from '../../../shared/insights/checkinStats';
import { whatHelps } from '../../../shared/insights/whatHelps';
import { ExportDates } from './exportDates';
import { formatMean } from './markdownExport';
import { redactedEntries } from './redactSelection';
import { COUPLE_SUMMARY_WORDS } from '../../../shared/content/couple/export';
import { summaryBlocks, type CoupleSummaryDocument } from '../couple/coupleSummary';

// The therapist export as a printable PDF: page 1 is a one-page summary of the period (counts, a
// mood curve drawn as vector paths, the most frequent feelings, self-check-in scores with their
// published bands, what to bring to the next session), then every entry with its feelings and its
// body, hidden passages already replaced by the marker (redactedEntries). Bodies are plain text:
// their Markdown is shown as written, only "# heading" lines are set in bold.
//
// Fonts: DejaVu Sans (Bitstream Vera licence plus public-domain changes: free to embed and ship),
// read from the `dejavu-fonts-ttf` package and embedded as subsets, so accents, « », ’ and — look
// the same on every printer. pdfkit cannot draw colour emoji, and a monochrome emoji font would
// cover only part of them: every emoji is printed as a visible "[emoji]", and any other character
// the font lacks as U+FFFD, never as an empty box.
//
// pdfkit and fontkit are loaded from node_modules when the first PDF is made, not bundled: pdfkit's
// ES build reads `import.meta.url` when it loads, which the CommonJS bundles leave empty (the main
// process would crash at start), and its CommonJS build finds its own data next to itself. Both are
// production dependencies, so the packaged app has them in app.asar/node_modules.
//
// Output is deterministic: dates come from the selection, the document ID is derived from them,
// and the metadata says only "Alcove export" (no author, no file path). A password-protected PDF is
// the exception: its file key is random, as it must be.

export interface PdfOptions {
  readonly pageSize?: 'A4' | 'LETTER';
  /**
   * Encrypts the PDF (AES-256, the PDF 1.7 extension level 3 handler every current reader knows):
   * the reader asks for this password to open it. Printing and copying stay allowed for whoever
   * opens it; the owner password is random and forgotten, so nobody edits the export.
   */
  readonly password?: string;
}

/** Words only the PDF uses (the shared ones come from EXPORT_WORDS). */
interface PdfWords {
  /** Short form of the disclaimer, in every page's header; page 1 carries the full one. */
  header: string;
  summary: string;
  entriesHeading: string;
  entries: string;
  checkins: string;
  moodHeading: string;
  moodCaption: (n: number, days: number, unplaced: number) => string;
  rangeNote: (withN: boolean) => string;
  pleasant: string;
  unpleasant: string;
  noCheckins: string;
  noPlacedCheckins: (n: number) => string;
  topFeelings: string;
  topFeelingsNote: string;
  noFeelings: string;
  noSelfChecks: string;
  band: string;
  moreSelfChecks: (count: number) => string;
  toBringEmpty: string;
  toBringContinued: string;
  toBringRest: string;
  emoji: string;
  page: (page: number, pages: number) => string;
}

const PDF_WORDS: Readonly<Record<ContentLang, PdfWords>> = {
  en: {
    header:
      'Alcove, a private journal for self-reflection. Not a substitute for care; not monitored by anyone.',
    summary: 'Summary for the next session',
    entriesHeading: 'Entries',
    entries: 'Entries',
    checkins: 'Check-ins',
    moodHeading: 'Mood over the period',
    moodCaption: (n, days, unplaced) =>
      `Mean pleasantness per day, from −3 (unpleasant) to +3 (pleasant). n = ${n} check-in${n === 1 ? '' : 's'} on ${days} day${days === 1 ? '' : 's'}${unplaced > 0 ? `; ${unplaced} named only “not sure” or “ambivalence” and could not be placed` : ''}.`,
    rangeNote: (withN) =>
      `Thin bars: lowest to highest of the day.${withN ? ' Number under a day: its check-ins.' : ''}`,
    pleasant: 'pleasant',
    unpleasant: 'unpleasant',
    noCheckins: 'No check-ins in this period, so there is no mood curve.',
    noPlacedCheckins: (n) =>
      `None of the ${n} check-ins could be placed on the grid (only “not sure” or “ambivalence”), so there is no mood curve.`,
    topFeelings: 'Most frequent feelings',
    topFeelingsNote: 'Check-ins and entries, times named',
    noFeelings: 'No feelings named in this period.',
    noSelfChecks: 'No self-check-ins in this period.',
    band: 'published band',
    moreSelfChecks: (count) =>
      `${count} more self-check-in${count === 1 ? '' : 's'}: all are listed after this summary.`,
    toBringEmpty: 'Nothing written yet: room for notes.',
    toBringContinued: 'Continued after this summary.',
    toBringRest: 'To bring to my next session (in full)',
    emoji: '[emoji]',
    page: (page, pages) => `Page ${page} / ${pages}`,
  },
  fr: {
    header:
      'Alcove, un journal personnel pour réfléchir. Ne remplace pas un accompagnement\u00a0; personne ne le surveille.',
    summary: 'Résumé pour la prochaine séance',
    entriesHeading: 'Entrées',
    entries: 'Entrées',
    checkins: 'Ressentis',
    moodHeading: 'Humeur sur la période',
    moodCaption: (n, days, unplaced) =>
      `Agrément moyen par jour, de −3 (désagréable) à +3 (agréable). n\u00a0=\u00a0${n}\u00a0ressenti${n > 1 ? 's' : ''} sur ${days}\u00a0jour${days > 1 ? 's' : ''}${unplaced > 0 ? `\u00a0; ${unplaced} ne nommai${unplaced > 1 ? 'ent' : 't'} que «\u00a0je ne sais pas\u00a0» ou «\u00a0ambivalence\u00a0» et n’ont pu être placés` : ''}.`,
    rangeNote: (withN) =>
      `Barres fines\u00a0: du plus bas au plus haut de la journée.${withN ? ' Nombre sous un jour\u00a0: ses ressentis.' : ''}`,
    pleasant: 'agréable',
    unpleasant: 'désagréable',
    noCheckins: 'Aucun ressenti noté sur cette période\u00a0: pas de courbe d’humeur.',
    noPlacedCheckins: (n) =>
      `Aucun des ${n}\u00a0ressentis n’a pu être placé sur la grille (seulement «\u00a0je ne sais pas\u00a0» ou «\u00a0ambivalence\u00a0»)\u00a0: pas de courbe d’humeur.`,
    topFeelings: 'Émotions les plus fréquentes',
    topFeelingsNote: 'Ressentis et entrées, nombre de fois nommées',
    noFeelings: 'Aucune émotion nommée sur cette période.',
    noSelfChecks: 'Aucune auto-évaluation sur cette période.',
    band: 'seuil publié',
    moreSelfChecks: (count) =>
      `${count}\u00a0autre${count > 1 ? 's' : ''} auto-évaluation${count > 1 ? 's' : ''}\u00a0: toutes sont listées après ce résumé.`,
    toBringEmpty: 'Rien d’écrit pour l’instant\u00a0: place pour des notes.',
    toBringContinued: 'Suite après ce résumé.',
    toBringRest: 'À apporter à ma prochaine séance (en entier)',
    emoji: '[émoji]',
    page: (page, pages) => `Page ${page} / ${pages}`,
  },
};

// Layout, in PDF points (1/72 in). Margins of 2 cm; the header and footer sit inside them.
const CM = 72 / 2.54;
const MARGIN = 2 * CM;
const TOP = MARGIN + 10; // a little more at the top, under the header rule
const PAGE_SIZES = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;
const INK = '#1f2328';
const MUTED = '#5b616e';
const RULE = '#c4c9d0';
const ACCENT = '#2f5d8a';
const ACCENT_LIGHT = '#a9bfd6';
const AXIS = '#8a929c';
const GRID = '#dde1e6';
const BOX_FILL = '#f3f5f8';
const BOX_EDGE = '#9aa5b1';
const BODY_SIZE = 11;
const BODY_GAP = 2.5;
/** Up to this many days, the chart prints each day's n under it. */
const MAX_DAYS_WITH_N = 45;

type Face = 'regular' | 'bold' | 'italic';
const FONT_FILES: Readonly<Record<Face, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

interface Fonts {
  readonly paths: Record<Face, string>;
  /** The same files read by fontkit, to ask which characters they can draw. */
  readonly glyphs: Record<Face, Fontkit.Font>;
}

interface Libraries {
  readonly PDFDocument: typeof PDFDocument;
  readonly fonts: Fonts;
}
let libraries: Libraries | undefined;

/**
 * pdfkit, fontkit and the font files, found by Node's resolution from this module: node_modules in
 * development and tests, app.asar/node_modules in the packaged app. In the esbuild CommonJS bundle
 * `import.meta` is empty, so the bundle's own file is the anchor.
 */
function load(): Libraries {
  if (libraries) return libraries;
  const requireHere = createRequire(import.meta.url || pathToFileURL(__filename).href);
  const fontkit = requireHere('fontkit') as typeof Fontkit;
  const paths = {} as Record<Face, string>;
  const glyphs = {} as Record<Face, Fontkit.Font>;
  for (const face of Object.keys(FONT_FILES) as Face[]) {
    paths[face] = requireHere.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES[face]}`);
    const font = fontkit.openSync(paths[face]);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${FONT_FILES[face]} is a font collection`);
    glyphs[face] = font;
  }
  libraries = { PDFDocument: requireHere('pdfkit') as typeof PDFDocument, fonts: { paths, glyphs } };
  return libraries;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** A grapheme drawn as an emoji: emoji presentation, a variation selector 16, a flag or a keycap. */
const EMOJI = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
/** Invisible format characters (zero-width space, joiners, bidi marks, soft hyphen): dropped. */
const FORMAT = /\p{Cf}/u;
const CONTROL = /\p{Cc}/u;
/**
 * Printable ASCII, line breaks, Latin-1 and Latin Extended-A letters and the usual typographic
 * marks (no-break spaces, quotes, dashes, ellipsis), all of which DejaVu Sans draws: text made only
 * of these needs no per-grapheme check (after NFC, no combining mark is left among them).
 */
const PLAIN_LATIN =
  /^[\n\x20-\x7E\u00A0-\u00AC\u00AE-\u017F\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u202F]*$/;

/**
 * Text the font can draw: line ends normalized, tabs as spaces, emoji as the placeholder, any
 * other grapheme the face lacks (or a control character) as U+FFFD. Never a box of nothing.
 * Linear in the length of the text, whatever the text.
 */
function printable(text: string, face: Face, lang: ContentLang): string {
  const font = load().fonts.glyphs[face];
  let out = '';
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  for (const piece of pieces(normalized)) {
    // Most text is plain Latin that DejaVu draws as it is: no need to walk it grapheme by grapheme.
    if (PLAIN_LATIN.test(piece)) {
      out += piece;
      continue;
    }
    for (const { segment } of GRAPHEMES.segment(piece)) {
      if (segment === '\n') {
        out += '\n';
        continue;
      }
      if (EMOJI.test(segment)) {
        out += PDF_WORDS[lang].emoji;
        continue;
      }
      let kept = '';
      let drawable = true;
      for (const char of segment) {
        if (FORMAT.test(char)) continue;
        if (CONTROL.test(char) || !font.hasGlyphForCodePoint(char.codePointAt(0)!)) drawable = false;
        kept += char;
      }
      out += drawable ? kept : '\uFFFD';
    }
  }
  // pdfkit breaks a word wider than the line itself, but its search slows down quadratically on
  // very long runs (a pasted blob): those get a zero-width space every 40 characters instead.
  return out.replace(/\S{240,}/g, (run) => (run.match(/[\s\S]{1,40}/gu) ?? [run]).join('\u200B'));
}

/**
 * The text in pieces of at most about a thousand characters, cut before a space or a line break
 * (a grapheme boundary) when there is one. V8's segmenter slows down quadratically with the
 * length of what it segments; a long body in one piece took minutes.
 */
function* pieces(text: string, size = 1000): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      let cut = end;
      while (cut > start + 1 && text[cut] !== ' ' && text[cut] !== '\n') cut--;
      if (cut > start + 1) end = cut;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--; // never half a character
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** French puts a no-break space before a colon. */
function colon(lang: ContentLang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

function feelingsText(feelings: readonly Feeling[], lang: ContentLang): string {
  return feelings.map((f) => `${emotionName(f.id, lang) ?? f.id} ${f.intensity}/10`).join(', ');
}

/** Calendar days (YYYY-MM-DD) in the export's time zone, and the steps between them. */
class Days {
  readonly #key: Intl.DateTimeFormat;
  readonly #short: Intl.DateTimeFormat;

  constructor(locale: string, timeZone?: string) {
    this.#key = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    this.#short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }

  /** The local day of an instant, or a calendar day as it is. */
  keyOf(isoOrDay: string): string {
    if (/^\d{4}-\d{2}-\d{2}$/.test(isoOrDay)) return isoOrDay;
    const parts = Object.fromEntries(
      this.#key.formatToParts(new Date(isoOrDay)).map((p) => [p.type, p.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}`;
  }

  /** Every day from `from` to `to`, both included (at most ten years: a longer period is cut). */
  range(from: string, to: string): string[] {
    const days: string[] = [];
    const end = Date.parse(`${to}T00:00:00Z`);
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 3660; t += 86_400_000)
      days.push(new Date(t).toISOString().slice(0, 10));
    return days;
  }

  /** "5 Mar" / "5 mars". */
  short(day: string): string {
    return this.#short.format(new Date(`${day}T00:00:00Z`));
  }
}

type Doc = PDFKit.PDFDocument;

/**
 * A straight line. Colour, width and dash are set before the path: inside a path object PDF
 * allows only path operators, and strict printers reject anything else.
 */
function line(
  doc: Doc,
  from: [number, number],
  to: [number, number],
  width: number,
  color: string,
  dash = 0,
): void {
  doc.lineWidth(width).strokeColor(color);
  if (dash > 0) doc.dash(dash, { space: dash });
  doc
    .moveTo(...from)
    .lineTo(...to)
    .stroke();
  if (dash > 0) doc.undash();
}

/** Writes with one font, size and colour, and gives back the document for chaining. */
class Writer {
  readonly doc: Doc;
  readonly lang: ContentLang;
  readonly left: number;
  readonly width: number;

  constructor(doc: Doc, lang: ContentLang) {
    this.doc = doc;
    this.lang = lang;
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  use(face: Face, size: number, color = INK): Doc {
    return this.doc.font(face).fontSize(size).fillColor(color);
  }

  /** A new page when fewer than `height` points remain on this one. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Flowing text across the full width (pdfkit breaks lines, long words and pages). */
  para(text: string, face: Face, size: number, options: PDFKit.Mixins.TextOptions = {}, color = INK): void {
    this.use(face, size, color).text(printable(text, face, this.lang), this.left, this.doc.y, {
      width: this.width,
      lineGap: BODY_GAP,
      ...options,
    });
  }

  /** Height the text would take at a width, in a face and size. */
  measure(
    text: string,
    face: Face,
    size: number,
    width: number,
    options: PDFKit.Mixins.TextOptions = {},
  ): number {
    this.use(face, size);
    return this.doc.heightOfString(printable(text, face, this.lang), {
      width,
      lineGap: BODY_GAP,
      ...options,
    });
  }
}

/**
 * The selection as a PDF: a one-page summary, then the entries. Print quality, A4 by default,
 * fonts embedded, deterministic for a given selection.
 */
export async function toPdf(selection: ExportSelection, options: PdfOptions = {}): Promise<Uint8Array> {
  const {
    PDFDocument,
    fonts: { paths },
  } = load();
  const lang = selection.lang;
  const words = EXPORT_WORDS[lang];
  const exportedAt = new Date(selection.exportedAt);
  const dates = new ExportDates(words.locale, selection.timeZone); // also validates the time zone
  const entries = redactedEntries(selection);

  const doc = new PDFDocument({
    size: [...PAGE_SIZES[options.pageSize ?? 'A4']],
    margins: { top: TOP, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: paths.regular,
    lang: words.locale,
    displayTitle: true,
    ...(options.password === undefined
      ? {}
      : {
          pdfVersion: '1.7ext3' as const,
          userPassword: options.password,
          ownerPassword: randomBytes(32).toString('hex'),
          permissions: {
            printing: 'highResolution' as const,
            copying: true,
            contentAccessibility: true,
            annotating: false,
            modifying: false,
            fillingForms: false,
            documentAssembly: false,
          },
        }),
    info: {
      Title: 'Alcove export',
      Producer: 'Alcove',
      Creator: 'Alcove',
      CreationDate: exportedAt,
      ModDate: exportedAt,
    },
  });
  for (const face of Object.keys(paths) as Face[]) doc.registerFont(face, paths[face]);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const w = new Writer(doc, lang);
  const leftovers = summaryPage(w, selection, dates);

  if (leftovers.selfChecks.length > 0 || leftovers.toBring !== null) {
    doc.addPage();
    if (leftovers.toBring !== null) {
      heading(w, PDF_WORDS[lang].toBringRest, 14);
      body(w, leftovers.toBring);
      doc.moveDown(1);
    }
    if (leftovers.selfChecks.length > 0) {
      heading(w, words.selfChecks, 14);
      w.para(words.selfChecksNote, 'italic', 9, {}, MUTED);
      doc.moveDown(0.6);
      for (const check of leftovers.selfChecks) {
        const height = selfCheckBlock(w, check, dates, w.left, doc.y, w.width, true);
        w.keep(height);
        doc.y += selfCheckBlock(w, check, dates, w.left, doc.y, w.width);
      }
    }
  }

  if (entries.length > 0) {
    doc.addPage();
    heading(w, PDF_WORDS[lang].entriesHeading, 18);
    doc.moveDown(0.4);
    entries.forEach((entry, index) => {
      if (index > 0) separator(w);
      const when = dates.dateTime(entry.createdAt);
      const title = entry.title.replace(/\s+/g, ' ').trim();
      // Keep a heading with at least a few lines of what follows.
      w.keep(w.measure(title || when, 'bold', 14, w.width) + 60);
      w.para(title || when, 'bold', 14, { lineGap: 1 });
      if (title !== '') w.para(when, 'regular', 9.5, {}, MUTED);
      if (entry.emotions.length > 0) {
        doc.moveDown(0.25);
        w.use('bold', 10).text(printable(`${words.feelings}${colon(lang)}`, 'bold', lang), w.left, doc.y, {
          width: w.width,
          continued: true,
          lineGap: BODY_GAP,
        });
        w.use('regular', 10).text(printable(feelingsText(entry.emotions, lang), 'regular', lang), {
          lineGap: BODY_GAP,
        });
      }
      doc.moveDown(0.6);
      body(w, entry.body);
    });
  }

  decoratePages(w, dates.day(selection.exportedAt));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function heading(w: Writer, text: string, size: number): void {
  w.keep(size * 4);
  w.para(text, 'bold', size, { lineGap: 1 });
  w.doc.moveDown(0.3);
}

function separator(w: Writer): void {
  const doc = w.doc;
  doc.moveDown(0.8);
  w.keep(30);
  line(doc, [w.left, doc.y], [w.left + w.width, doc.y], 0.5, RULE);
  doc.moveDown(1);
}

/**
 * The text of an ATX heading line ("## Title ##" gives "Title"), or null for any other line.
 * Scanned by hand: a regex with a lazy group and an optional closing run backtracks
 * quadratically on a long line of " #".
 */
function headingText(line: string): string | null {
  const open = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trimEnd();
  return text;
}

/** A body as plain text: paragraphs kept, "# heading" lines in bold, nothing else interpreted. */
function body(w: Writer, text: string): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let block: string[] = [];
  const flush = () => {
    while (block.length > 0 && block.at(-1)!.trim() === '') block.pop();
    if (block.length > 0) w.para(block.join('\n'), 'regular', BODY_SIZE, { paragraphGap: 0 });
    block = [];
  };
  for (const line of lines) {
    const title = headingText(line);
    if (title !== null) {
      flush();
      w.doc.moveDown(0.4);
      w.keep(60);
      if (title !== '') w.para(title, 'bold', 12, { lineGap: 1 });
      w.doc.moveDown(0.2);
    } else if (line.trim() === '') {
      if (block.length > 0) {
        flush();
        w.doc.moveDown(0.55);
      }
    } else {
      block.push(line);
    }
  }
  flush();
}

/** Every page: the short disclaimer and the export date on top, "Page n / N" at the bottom. */
function decoratePages(w: Writer, exportedOn: string, dateLine?: string): void {
  const doc = w.doc;
  const words = PDF_WORDS[w.lang];
  const range = doc.bufferedPageRange();
  const dateText = dateLine ?? `${EXPORT_WORDS[w.lang].exportedOn} ${exportedOn}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not push the text to a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const dateWidth = w.use('regular', 7.5, MUTED).widthOfString(dateText);
    const headerWidth = w.width - dateWidth - 16;
    const headerText = printable(words.header, 'regular', w.lang);
    const headerHeight = doc.heightOfString(headerText, { width: headerWidth, lineGap: 1 });
    const top = Math.max(14, TOP - 18 - headerHeight);
    doc.text(headerText, w.left, top, { width: headerWidth, lineGap: 1 });
    doc.text(dateText, w.left + w.width - dateWidth, top, { width: dateWidth + 1, lineBreak: false });
    line(doc, [w.left, TOP - 12], [w.left + w.width, TOP - 12], 0.5, RULE);
    const footer = words.page(i - range.start + 1, range.count);
    w.use('regular', 8.5, MUTED).text(footer, w.left, doc.page.height - MARGIN / 2 - 6, {
      width: w.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

interface Leftovers {
  /** Self-check-ins that did not fit on the summary page (then all of them are listed after it). */
  selfChecks: readonly SelfCheck[];
  /** What to bring, when it did not fit in its box. */
  toBring: string | null;
}

/** Page 1. Everything is measured so that it stays on one page; what does not fit comes after. */
function summaryPage(w: Writer, selection: ExportSelection, dates: ExportDates): Leftovers {
  const doc = w.doc;
  const lang = selection.lang;
  const words = EXPORT_WORDS[lang];
  const pdf = PDF_WORDS[lang];
  const checkins = selection.checkins ?? [];
  const selfChecks = [...(selection.selfChecks ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  const days = new Days(words.locale, selection.timeZone);

  w.para(words.title, 'bold', 18, { lineGap: 1 });
  doc.moveDown(0.15);
  w.para(pdf.summary, 'regular', 12, {}, MUTED);
  doc.moveDown(0.5);

  const period = periodOf(selection, days);
  if (period) {
    w.para(`${words.period}${colon(lang)}${dates.day(period.from)} – ${dates.day(period.to)}`, 'bold', 10.5);
  }
  const counts = [
    `${pdf.entries}${colon(lang)}${selection.entries.length}`,
    `${pdf.checkins}${colon(lang)}${checkins.length}`,
    `${words.selfChecks}${colon(lang)}${selfChecks.length}`,
  ].join('   ·   ');
  w.para(counts, 'regular', 10.5);
  doc.moveDown(0.5);
  w.para(EXPORT_DISCLAIMER[lang], 'italic', 8.5, { lineGap: 1.5 }, MUTED);
  doc.moveDown(0.9);

  // Mood curve.
  w.para(pdf.moodHeading, 'bold', 12);
  doc.moveDown(0.3);
  if (checkins.length === 0 || !period) {
    doc.y += noticeBox(w, pdf.noCheckins, doc.y, 34);
  } else {
    const keys = days.range(period.from, period.to);
    const buckets = moodByBucket(checkins, (iso) => days.keyOf(iso), keys);
    const placed = buckets.reduce((sum, b) => sum + b.placed, 0);
    if (placed === 0) {
      doc.y += noticeBox(w, pdf.noPlacedCheckins(checkins.length), doc.y, 34);
    } else {
      doc.y += moodChart(w, buckets, days, doc.y, 150);
      const withData = buckets.filter((b) => b.n > 0).length;
      w.para(
        pdf.moodCaption(checkins.length, withData, checkins.length - placed),
        'regular',
        8,
        { lineGap: 1 },
        MUTED,
      );
      w.para(pdf.rangeNote(keys.length <= MAX_DAYS_WITH_N), 'regular', 8, { lineGap: 1 }, MUTED);
    }
  }
  doc.moveDown(1);

  // Two columns: the most frequent feelings, the self-check-ins.
  const top = doc.y;
  const gap = 22;
  const leftWidth = Math.round((w.width - gap) * 0.42);
  const rightX = w.left + leftWidth + gap;
  const rightWidth = w.width - leftWidth - gap;
  const minBox = 96;
  const columnsBottom = w.bottom - minBox - 18;
  const feelingsHeight = topFeelingsColumn(w, selection, w.left, top, leftWidth);
  const leftHeight = feelingsHeight + exercisesBlock(w, selection, w.left, top + feelingsHeight, leftWidth);
  const { height: rightHeight, shown } = selfChecksColumn(
    w,
    selfChecks,
    dates,
    rightX,
    top,
    rightWidth,
    columnsBottom,
  );

  // What to bring, in a box down to the bottom of the page.
  const boxTop = Math.max(top + leftHeight, top + rightHeight) + 16;
  const toBring = toBringBox(w, selection.summary?.toBring ?? '', boxTop);
  return { selfChecks: shown < selfChecks.length ? selfChecks : [], toBring };
}

/** The period as local days: the summary's, widened to every check-in so that none is left out. */
function periodOf(selection: ExportSelection, days: Days): { from: string; to: string } | null {
  const keys = [
    ...(selection.summary ? [selection.summary.period.from, selection.summary.period.to] : []),
    ...(selection.checkins ?? []).map((c) => c.at),
    ...(selection.summary ? [] : selection.entries.map((e) => e.createdAt)),
  ].map((iso) => days.keyOf(iso));
  if (keys.length === 0) return null;
  keys.sort();
  return { from: keys[0]!, to: keys.at(-1)! };
}

/** A grey box with one line of text; returns its height. */
function noticeBox(w: Writer, text: string, y: number, height: number): number {
  const doc = w.doc;
  doc.fillColor(BOX_FILL).roundedRect(w.left, y, w.width, height, 4).fill();
  w.use('italic', 9.5, MUTED).text(printable(text, 'italic', w.lang), w.left + 12, y + height / 2 - 6, {
    width: w.width - 24,
    lineBreak: false,
    ellipsis: true,
  });
  return height;
}

/**
 * Mean valence per day as a line with dots (dashed across days without a placed check-in), the
 * day's range as a thin bar, the y axis from −3 to +3 and the days along x with their n.
 * Returns the height used.
 */
function moodChart(
  w: Writer,
  buckets: readonly MoodBucket[],
  days: Days,
  y: number,
  plotHeight: number,
): number {
  const doc = w.doc;
  const pdf = PDF_WORDS[w.lang];
  // The words at the ends of the y axis set the axis width, at 7 pt or smaller.
  const words = [printable(pdf.pleasant, 'italic', w.lang), printable(pdf.unpleasant, 'italic', w.lang)];
  w.use('italic', 7);
  const wordSize = Math.min(7, (7 * 52) / Math.max(...words.map((t) => doc.widthOfString(t))));
  const wordWidth = Math.max(...words.map((t) => w.use('italic', wordSize).widthOfString(t)));
  const axisWidth = wordWidth + 32;
  const x0 = w.left + axisWidth;
  const plotWidth = w.width - axisWidth;
  const yOf = (v: number) => y + 6 + ((3 - v) / 6) * (plotHeight - 12);
  const count = buckets.length;
  // Days sit inside the plot, clear of the axis, with room for a centred date label at each end.
  const inset = count > 1 ? 16 : plotWidth / 2;
  const step = count > 1 ? (plotWidth - 2 * inset) / (count - 1) : 0;
  const xOf = (i: number) => x0 + inset + i * step;

  // Grid and axis labels.
  for (let v = -3; v <= 3; v++) {
    line(doc, [x0 - 4, yOf(v)], [x0 + plotWidth, yOf(v)], v === 0 ? 0.8 : 0.3, v === 0 ? AXIS : GRID);
    const label = v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
    w.use('regular', 7.5, MUTED).text(label, x0 - 24, yOf(v) - 3.5, {
      width: 16,
      align: 'right',
      lineBreak: false,
    });
  }
  w.use('italic', wordSize, MUTED);
  doc.text(words[0]!, w.left, yOf(3) - 3, { width: wordWidth + 2, lineBreak: false });
  doc.text(words[1]!, w.left, yOf(-3) - 3, { width: wordWidth + 2, lineBreak: false });
  line(doc, [x0, y], [x0, y + plotHeight], 0.6, AXIS);

  // Day ticks; about eight date labels, evenly spaced, and the last day; n under every day when they fit.
  const labelEvery = Math.max(1, Math.ceil(count / 8));
  // The first and last days are always labelled; a regular label too close to the last is dropped.
  const labelled = (i: number) => i === count - 1 || (i % labelEvery === 0 && (count - 1 - i) * step >= 40);
  const showN = count <= MAX_DAYS_WITH_N;
  const tickY = y + plotHeight;
  buckets.forEach((b, i) => {
    line(doc, [xOf(i), tickY], [xOf(i), tickY + 3], 0.4, AXIS);
    if (!labelled(i)) return;
    w.use('regular', 7, MUTED).text(days.short(b.key), xOf(i) - 22, tickY + 5, {
      width: 44,
      align: 'center',
      lineBreak: false,
    });
  });
  if (showN) {
    w.use('regular', 6.5, MUTED).text('n', w.left, tickY + 16, { width: wordWidth + 2, lineBreak: false });
    buckets.forEach((b, i) => {
      if (b.n === 0) return;
      w.use('regular', 6.5, MUTED).text(String(b.n), xOf(i) - 10, tickY + 16, {
        width: 20,
        align: 'center',
        lineBreak: false,
      });
    });
  }

  // Ranges, then the line, then the dots on top.
  buckets.forEach((b, i) => {
    if (b.valenceMin === null || b.valenceMax === null || b.valenceMin === b.valenceMax) return;
    line(doc, [xOf(i), yOf(b.valenceMin)], [xOf(i), yOf(b.valenceMax)], 1.6, ACCENT_LIGHT);
  });
  let previous: { i: number; v: number } | null = null;
  buckets.forEach((b, i) => {
    if (b.valence === null) return;
    if (previous) {
      const gap = i - previous.i > 1;
      line(
        doc,
        [xOf(previous.i), yOf(previous.v)],
        [xOf(i), yOf(b.valence)],
        gap ? 0.9 : 1.4,
        ACCENT,
        gap ? 2.5 : 0,
      );
    }
    previous = { i, v: b.valence };
  });
  buckets.forEach((b, i) => {
    if (b.valence === null) return;
    doc.fillColor(ACCENT).circle(xOf(i), yOf(b.valence), 2.4).fill();
  });
  doc.fillColor(INK);
  return plotHeight + (showN ? 28 : 18);
}

/** The five labels named most often in check-ins and entries, as bars with their counts. */
function topFeelingsColumn(
  w: Writer,
  selection: ExportSelection,
  x: number,
  y: number,
  width: number,
): number {
  const doc = w.doc;
  const pdf = PDF_WORDS[w.lang];
  // Entries' feelings are counted like check-in labels (topLabels only reads the labels).
  const fromEntries: Checkin[] = selection.entries.map((e) => ({
    id: e.id,
    at: e.createdAt,
    valence: null,
    energy: null,
    labels: e.emotions,
    note: '',
    context: [],
  }));
  const top = topLabels([...(selection.checkins ?? []), ...fromEntries], 5);
  w.use('bold', 11).text(printable(pdf.topFeelings, 'bold', w.lang), x, y, { width, lineGap: 1 });
  w.use('italic', 8, MUTED).text(printable(pdf.topFeelingsNote, 'italic', w.lang), x, doc.y + 1, { width });
  let cursor = doc.y + 7;
  if (top.length === 0) {
    w.use('italic', 9.5, MUTED).text(printable(pdf.noFeelings, 'italic', w.lang), x, cursor, { width });
    return doc.y - y;
  }
  const nameWidth = Math.min(96, width * 0.45);
  const countWidth = 24;
  const barMax = width - nameWidth - countWidth - 8;
  const most = top[0]!.count;
  for (const label of top) {
    const name = emotionName(label.id, w.lang) ?? label.id;
    w.use('regular', 9.5).text(printable(name, 'regular', w.lang), x, cursor, {
      width: nameWidth - 4,
      lineBreak: false,
      ellipsis: true,
    });
    const barWidth = Math.max(2, (label.count / most) * barMax);
    doc
      .fillColor(ACCENT_LIGHT)
      .rect(x + nameWidth, cursor + 1.5, barWidth, 8)
      .fill();
    w.use('regular', 9, INK).text(`${label.count}`, x + nameWidth + barWidth + 4, cursor + 0.5, {
      width: countWidth,
      lineBreak: false,
    });
    cursor += 16;
  }
  return cursor - y;
}

/**
 * Exercises done in the period, per exercise, with the mean distress before → after over the
 * sessions rated both times (under the feelings; at most one line per exercise). Zero height
 * when none are included.
 */
function exercisesBlock(w: Writer, selection: ExportSelection, x: number, y: number, width: number): number {
  const summaries = whatHelps(selection.exercises ?? []);
  if (summaries.length === 0) return 0;
  const doc = w.doc;
  const words = EXPORT_WORDS[w.lang];
  const top = y + 14;
  w.use('bold', 11).text(printable(words.exercises, 'bold', w.lang), x, top, { width, lineGap: 1 });
  w.use('italic', 8, MUTED).text(printable(words.exercisesNote, 'italic', w.lang), x, doc.y + 1, { width });
  doc.y += 5;
  for (const s of summaries) {
    const mean = (n: number | null) => (n === null ? '' : formatMean(n, words.locale));
    const line = words.exerciseLine(
      words.exerciseNames[s.kind],
      s.sessions,
      s.rated,
      mean(s.meanBefore),
      mean(s.meanAfter),
    );
    w.use('regular', 9.5, INK).text(printable(line, 'regular', w.lang), x, doc.y + 4, { width, lineGap: 1 });
  }
  return doc.y - y;
}

/**
 * Self-check-ins, most recent first, each with its score and the published bands drawn as a
 * scale; as many as fit above `maxBottom`, then a line saying where the rest are.
 */
function selfChecksColumn(
  w: Writer,
  checks: readonly SelfCheck[],
  dates: ExportDates,
  x: number,
  y: number,
  width: number,
  maxBottom: number,
): { height: number; shown: number } {
  const doc = w.doc;
  const words = EXPORT_WORDS[w.lang];
  const pdf = PDF_WORDS[w.lang];
  w.use('bold', 11).text(printable(words.selfChecks, 'bold', w.lang), x, y, { width, lineGap: 1 });
  w.use('italic', 8, MUTED).text(printable(words.selfChecksNote, 'italic', w.lang), x, doc.y + 1, {
    width,
    lineGap: 1,
  });
  let cursor = doc.y + 7;
  if (checks.length === 0) {
    w.use('italic', 9.5, MUTED).text(printable(pdf.noSelfChecks, 'italic', w.lang), x, cursor, { width });
    return { height: doc.y - y, shown: 0 };
  }
  const recent = [...checks].reverse();
  const moreLine = (n: number) => w.measure(pdf.moreSelfChecks(n), 'italic', 8, width, { lineGap: 1 }) + 4;
  let shown = 0;
  for (const check of recent) {
    const height = selfCheckBlock(w, check, dates, x, cursor, width, true);
    const rest = recent.length - shown - 1;
    if (cursor + height + (rest > 0 ? moreLine(rest) : 0) > maxBottom) break;
    cursor += selfCheckBlock(w, check, dates, x, cursor, width);
    shown++;
  }
  if (shown < recent.length) {
    w.use('italic', 8, MUTED).text(
      printable(pdf.moreSelfChecks(recent.length - shown), 'italic', w.lang),
      x,
      cursor,
      {
        width,
        lineGap: 1,
      },
    );
    cursor = doc.y;
  }
  return { height: cursor - y, shown };
}

/**
 * One self-check-in: instrument, date, score, the bands as a segmented scale with the score
 * marked, and the band's published label. With `measureOnly`, draws nothing; returns the height.
 */
function selfCheckBlock(
  w: Writer,
  check: SelfCheck,
  dates: ExportDates,
  x: number,
  y: number,
  width: number,
  measureOnly = false,
): number {
  const doc = w.doc;
  const lang = w.lang;
  const scale = SCALES[check.scale];
  const max = maxScore(check.scale);
  const band = scale.bands.find((b) => b.id === check.band);
  const title = `${scale.name[lang]} — ${dates.day(check.at)}`;
  const score = `${check.score}/${max}`;
  const bandText = band
    ? `${band.label[lang]} (${PDF_WORDS[lang].band}${colon(lang)}${band.min}–${band.max})`
    : check.band;
  const titleHeight = w.measure(title, 'bold', 9.5, width - 44, { lineGap: 1 });
  const bandHeight = w.measure(bandText, 'regular', 8.5, width, { lineGap: 1 });
  const barY = y + titleHeight + 4;
  const total = titleHeight + 4 + 10 + 4 + bandHeight + 14;
  if (measureOnly) return total;

  w.use('bold', 9.5).text(printable(title, 'bold', lang), x, y, { width: width - 44, lineGap: 1 });
  w.use('bold', 9.5).text(score, x + width - 44, y, { width: 44, align: 'right', lineBreak: false });
  // The published bands as grey segments, the one the score falls in darker, the score as a tick.
  const unit = width / (max + 1);
  scale.bands.forEach((b, i) => {
    const bx = x + b.min * unit;
    const bw = (b.max - b.min + 1) * unit - (i < scale.bands.length - 1 ? 1 : 0);
    doc
      .fillColor(b.id === check.band ? '#7d8b99' : i % 2 === 0 ? GRID : '#cfd5dc')
      .rect(bx, barY, bw, 6)
      .fill();
  });
  const sx = x + (Math.min(check.score, max) + 0.5) * unit;
  line(doc, [sx, barY - 2.5], [sx, barY + 8.5], 1.6, ACCENT);
  w.use('regular', 8.5, INK).text(printable(bandText, 'regular', lang), x, barY + 14, { width, lineGap: 1 });
  return total;
}

/**
 * What to bring to the next session, in a box from `y` to the bottom of the page. Returns the
 * text again when it does not fit (the box then shows its beginning and says so).
 */
function toBringBox(w: Writer, text: string, y: number): string | null {
  const doc = w.doc;
  const words = EXPORT_WORDS[w.lang];
  const pdf = PDF_WORDS[w.lang];
  const height = w.bottom - y;
  const pad = 12;
  const innerWidth = w.width - 2 * pad;
  doc
    .lineWidth(0.9)
    .fillColor(BOX_FILL)
    .strokeColor(BOX_EDGE)
    .roundedRect(w.left, y, w.width, height, 5)
    .fillAndStroke();
  w.use('bold', 11).text(printable(words.toBring, 'bold', w.lang), w.left + pad, y + pad, {
    width: innerWidth,
    lineGap: 1,
  });
  const textTop = doc.y + 6;
  const room = y + height - pad - textTop;
  const trimmed = text.trim();
  // Ruled lines under what is written, to add to it by hand before the session.
  const ruleTheRest = (from: number) => {
    for (let ly = from + 20; ly < y + height - pad; ly += 20)
      line(doc, [w.left + pad, ly], [w.left + w.width - pad, ly], 0.4, RULE);
  };
  if (trimmed === '') {
    w.use('italic', 9, MUTED).text(printable(pdf.toBringEmpty, 'italic', w.lang), w.left + pad, textTop, {
      width: innerWidth,
    });
    ruleTheRest(doc.y);
    return null;
  }
  const content = printable(trimmed, 'regular', w.lang);
  const options = { width: innerWidth, lineGap: BODY_GAP, paragraphGap: 4 };
  w.use('regular', BODY_SIZE);
  if (doc.heightOfString(content, options) <= room) {
    doc.text(content, w.left + pad, textTop, options);
    ruleTheRest(doc.y);
    return null;
  }
  const note = printable(pdf.toBringContinued, 'italic', w.lang);
  const noteHeight = w.measure(pdf.toBringContinued, 'italic', 8.5, innerWidth) + 4;
  w.use('regular', BODY_SIZE).text(content, w.left + pad, textTop, {
    ...options,
    height: Math.max(0, room - noteHeight),
    ellipsis: true,
  });
  w.use('italic', 8.5, MUTED).text(note, w.left + pad, y + height - pad - noteHeight + 4, {
    width: innerWidth,
    lineBreak: false,
  });
  return trimmed;
}

/**
 * The couple summary for a therapist as a PDF: the same blocks as its Markdown text (the text both
 * partners approved), laid out with the journal export's fonts, header and page numbers. A
 * partner's note is printed as written, paragraphs kept, like an entry's body.
 */
export async function coupleSummaryToPdf(
  summary: CoupleSummaryDocument,
  options: Pick<PdfOptions, 'pageSize'> = {},
): Promise<Uint8Array> {
  const {
    PDFDocument,
    fonts: { paths },
  } = load();
  const lang = summary.lang;
  const words = COUPLE_SUMMARY_WORDS[lang];
  const prepared = new Date(summary.preparedOn);
  const dates = new ExportDates(words.locale, summary.timeZone);
  const doc = new PDFDocument({
    size: [...PAGE_SIZES[options.pageSize ?? 'A4']],
    margins: { top: TOP, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: paths.regular,
    lang: words.locale,
    displayTitle: true,
    info: {
      Title: 'Alcove couple summary',
      Producer: 'Alcove',
      Creator: 'Alcove',
      CreationDate: prepared,
      ModDate: prepared,
    },
  });
  for (const face of Object.keys(paths) as Face[]) doc.registerFont(face, paths[face]);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const w = new Writer(doc, lang);
  for (const block of summaryBlocks(summary)) {
    switch (block.kind) {
      case 'title':
        w.para(block.text, 'bold', 18, { lineGap: 1 });
        doc.moveDown(0.3);
        break;
      case 'heading':
        doc.moveDown(block.level === 2 ? 0.8 : 0.4);
        heading(w, block.text, block.level === 2 ? 14 : 11.5);
        break;
      case 'paragraph':
        if (block.style === 'quote') w.para(block.text, 'italic', 8.5, { lineGap: 1.5 }, MUTED);
        else if (block.style === 'muted') w.para(block.text, 'italic', 9.5, {}, MUTED);
        else w.para(block.text, 'regular', 10.5);
        doc.moveDown(0.4);
        break;
      case 'list':
        w.use('regular', BODY_SIZE).list(
          block.items.map((item) => printable(item, 'regular', lang)),
          w.left,
          doc.y,
          { width: w.width, lineGap: BODY_GAP, bulletRadius: 2, textIndent: 12, bulletIndent: 2 },
        );
        doc.moveDown(0.4);
        break;
      case 'note':
        body(w, block.text);
        doc.moveDown(0.4);
        break;
    }
  }
  decoratePages(w, dates.day(summary.preparedOn), `${words.preparedOn} ${dates.day(summary.preparedOn)}`);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
