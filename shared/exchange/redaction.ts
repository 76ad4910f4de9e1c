import { z } from 'zod';
import type { ContentLang } from '../content/emotions';
import { AppError } from '../errors';
import { REDACTION_MARKER } from './exportText';

// Passages the writer hides from an export ("the user sees exactly what will be shared"). Pure, so
// the renderer's preview and the core's writer produce the same text.

/** A half-open range [start, end) of UTF-16 code units, as a textarea's selection reports it. */
export const TextRangeSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type TextRange = z.infer<typeof TextRangeSchema>;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Checks ranges against the text and returns them sorted and merged (overlapping or touching
 * ranges become one, so one marker stands for one hidden stretch). A range edge that falls
 * inside a surrogate pair is widened to take the whole character: hiding a little more is safe,
 * half an emoji is not. Throws VALIDATION for a range that is empty, reversed, or out of bounds.
 */
export function normalizeRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const widened = ranges.map((range, index) => {
    const { start, end } = range;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > text.length)
      throw new AppError('VALIDATION', `hidden passage ${index + 1} is outside the text`);
    if (start >= end) throw new AppError('VALIDATION', `hidden passage ${index + 1} is empty`);
    let s = start;
    let e = end;
    if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s -= 1;
    if (e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e += 1;
    return { start: s, end: e };
  });
  widened.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of widened) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text with each hidden range replaced by a visible marker in the export's language. */
export function applyRedactions(text: string, ranges: readonly TextRange[], lang: ContentLang): string {
  if (ranges.length === 0) return text;
  const marker = REDACTION_MARKER[lang];
  let out = '';
  let cursor = 0;
  for (const { start, end } of normalizeRanges(text, ranges)) {
    out += text.slice(cursor, start) + marker;
    cursor = end;
  }
  return out + text.slice(cursor);
}
