import { emotionName } from '../../../shared/content/emotions';
import { SCALES, maxScore } from '../../../shared/content/scales';
import type { Feeling } from '../../../shared/domain/feelings';
import type { ExportSelection } from '../../../shared/exchange/exportSelection';
import { EXPORT_DISCLAIMER, EXPORT_WORDS } from '../../../shared/exchange/exportText';
import { whatHelps } from '../../../shared/insights/whatHelps';
import { ExportDates } from './exportDates';
import { redactedEntries } from './redactSelection';

// One Markdown file for a therapist: title, export date, the disclaimer, then each entry with its
// date and feelings, the body as written. The body's Markdown is kept, but it is made inert for
// whatever viewer opens the file (SECURITY.md: hostile text inside entries, e.g. from an import):
//   - every "<" becomes "&lt;". Raw HTML, HTML blocks and autolinks all start with "<", so no
//     viewer can see a tag; inside code the reader sees "&lt;", a cosmetic price we accept,
//     because deciding what is code needs a full CommonMark parser (containers can close a
//     fence early) and a wrong guess there would let HTML through;
//   - a link or image whose destination is not plainly http(s), mailto or a relative path
//     (anything with a scheme, an entity or a backslash that could spell "javascript:") is
//     turned back into text by escaping its bracket or parenthesis;
//   - a code fence left open by a body is closed, so one entry cannot swallow the next;
//   - NUL becomes U+FFFD, as CommonMark viewers would show it anyway.

/** "<" and NUL, everywhere: see the note above. */
function escapeHtml(text: string): string {
  return text.replace(/</g, '&lt;').replace(/\0/g, '\uFFFD');
}

/**
 * Whether the link destination that follows `](` or `]:` at `from` (after blanks and at most one
 * line break) cannot name a script. A URL scheme is letters, digits, "+", "-" or "." up to a
 * colon; a viewer decodes entities and backslash escapes before it reads the scheme, so a ":",
 * "&" or "\" ending that run may spell one ("java&#115;cript:", "javascript\:"): unsafe, unless
 * the run is http, https or mailto. Any other character ends the run without a scheme: a
 * relative path, safe. The scan stops at the end of the run, so all scans together stay linear.
 */
function destinationIsSafe(text: string, from: number): boolean {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '\r') i++;
  if (text[i] === '\n') i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const start = i;
  while (i < text.length && /[A-Za-z0-9+.-]/.test(text[i]!)) i++;
  const end = text[i];
  if (end !== ':' && end !== '&' && end !== '\\') return true;
  return end === ':' && /^(?:https?|mailto)$/i.test(text.slice(start, i));
}

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Links and images (inline `](dest)` and definitions `[label]: dest`) with unsafe destinations become text. */
function defuseLinks(text: string): string {
  let out = '';
  let cursor = 0;
  for (let i = text.indexOf(']'); i !== -1; i = text.indexOf(']', i + 1)) {
    const next = text[i + 1];
    if ((next !== '(' && next !== ':') || isEscaped(text, i)) continue;
    if (destinationIsSafe(text, i + 2)) continue;
    // `]\(` is no inline link; `\]:` closes no label, so there is no definition.
    out += next === '(' ? `${text.slice(cursor, i + 1)}\\` : `${text.slice(cursor, i)}\\]`;
    cursor = i + 1;
  }
  return out + text.slice(cursor);
}

/** The fence a body leaves open at its end (top-level fences, CommonMark rules), if any. */
function openFenceAtEnd(text: string): string | null {
  let open: { char: string; length: number } | null = null;
  for (const line of text.split(/\r?\n|\r/)) {
    if (open === null) {
      const start = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      // A backtick fence's info string may not contain a backtick (else it is inline code).
      if (start?.[1] && !(start[1].startsWith('`') && (start[2] ?? '').includes('`')))
        open = { char: start[1].charAt(0), length: start[1].length };
    } else {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close?.[1] && close[1].charAt(0) === open.char && close[1].length >= open.length) open = null;
    }
  }
  return open ? open.char.repeat(open.length) : null;
}

/** A body's Markdown, kept, with raw HTML and script links made inert. */
export function inertMarkdown(body: string): string {
  const safe = defuseLinks(escapeHtml(body));
  const fence = openFenceAtEnd(safe);
  return fence === null ? safe : `${safe}\n${fence}`;
}

/** One line of inline text (a title, a label): inert and on one line. */
function inertLine(text: string): string {
  return defuseLinks(escapeHtml(text.replace(/[\r\n]+/g, ' '))).trim();
}

/** French puts a no-break space before a colon. */
function colon(lang: ExportSelection['lang']): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

function feelingsLine(feelings: readonly Feeling[], lang: ExportSelection['lang']): string {
  return feelings.map((f) => `${emotionName(f.id, lang) ?? inertLine(f.id)} ${f.intensity}/10`).join(', ');
}

/** The selection as one Markdown document (UTF-8 text; the caller writes it). */
export function toMarkdown(selection: ExportSelection): string {
  const words = EXPORT_WORDS[selection.lang];
  const dates = new ExportDates(words.locale, selection.timeZone);
  const entries = redactedEntries(selection);
  const blocks: string[] = [`# ${words.title}`, `${words.exportedOn} ${dates.day(selection.exportedAt)}`];

  const summary = selection.summary;
  if (summary) {
    blocks.push(
      `${words.period}${colon(selection.lang)}${dates.day(summary.period.from)} – ${dates.day(summary.period.to)}`,
    );
  }
  blocks.push(`> ${EXPORT_DISCLAIMER[selection.lang]}`);
  if (summary?.toBring && summary.toBring.trim() !== '') {
    blocks.push(`## ${words.toBring}`, inertMarkdown(summary.toBring));
  }

  const selfChecks = selection.selfChecks ?? [];
  if (selfChecks.length > 0) {
    const lines = selfChecks.map((check) => {
      const scale = SCALES[check.scale];
      const band = scale.bands.find((b) => b.id === check.band)?.label[selection.lang] ?? check.band;
      return `- ${dates.day(check.at)} — ${scale.name[selection.lang]}${colon(selection.lang)}${check.score}/${maxScore(check.scale)}, ${inertLine(band)}`;
    });
    blocks.push(`## ${words.selfChecks}`, `*${words.selfChecksNote}*`, lines.join('\n'));
  }

  const exercises = whatHelps(selection.exercises ?? []);
  if (exercises.length > 0) {
    const one = (n: number | null) => (n === null ? '' : formatMean(n, words.locale));
    const lines = exercises.map(
      (e) =>
        `- ${words.exerciseLine(words.exerciseNames[e.kind], e.sessions, e.rated, one(e.meanBefore), one(e.meanAfter))}`,
    );
    blocks.push(`## ${words.exercises}`, `*${words.exercisesNote}*`, lines.join('\n'));
  }

  for (const entry of entries) {
    const when = dates.dateTime(entry.createdAt);
    const title = inertLine(entry.title);
    // An untitled entry is headed by its date; a titled one has the date under its title.
    blocks.push('---', title === '' ? `## ${when}` : `## ${title}\n\n*${when}*`);
    if (entry.emotions.length > 0)
      blocks.push(
        `**${words.feelings}**${colon(selection.lang)}${feelingsLine(entry.emotions, selection.lang)}`,
      );
    if (entry.body !== '') blocks.push(inertMarkdown(entry.body));
    const images = selection.images?.[entry.id] ?? [];
    if (images.length > 0) {
      // Paths Alcove made itself (images/<id>.<ext>), so nothing to defuse.
      blocks.push(images.map((file, i) => `![${words.image} ${i + 1}](${file})`).join('\n\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A mean rating with one decimal, as the locale writes it ("4.5", "4,5"). */
export function formatMean(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
