import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { applyRedactions, normalizeRanges } from '../../../shared/exchange/redaction';
import { toAlcoveJson } from '../../../electron/core/exchange/alcoveJsonExport';
import { toMarkdown } from '../../../electron/core/exchange/markdownExport';
import { entry, selection } from './support/samples';

describe('hidden passages', () => {
  it('are replaced by a visible marker, in the language of the export', () => {
    const text = 'I told my sister about the affair today.';
    const start = text.indexOf('the affair');
    const range = { start, end: start + 'the affair'.length };
    expect(applyRedactions(text, [range], 'en')).toBe('I told my sister about [passage hidden] today.');
    expect(applyRedactions(text, [range], 'fr')).toBe('I told my sister about [passage masqué] today.');
  });

  it('merge when they overlap or touch, in any order, so one stretch gets one marker', () => {
    const text = '0123456789abcdef';
    expect(
      normalizeRanges(text, [
        { start: 8, end: 10 },
        { start: 2, end: 5 },
        { start: 4, end: 6 },
        { start: 6, end: 7 },
      ]),
    ).toEqual([
      { start: 2, end: 7 },
      { start: 8, end: 10 },
    ]);
    expect(
      applyRedactions(
        text,
        [
          { start: 0, end: 3 },
          { start: 3, end: 16 },
        ],
        'en',
      ),
    ).toBe('[passage hidden]');
  });

  it('are refused when outside the text, empty or reversed', () => {
    for (const bad of [
      { start: 0, end: 11 },
      { start: -1, end: 2 },
      { start: 4, end: 4 },
      { start: 5, end: 2 },
      { start: 1.5, end: 3 },
    ]) {
      expect(() => applyRedactions('ten chars!', [bad], 'en'), JSON.stringify(bad)).toThrow(AppError);
    }
    expect(() => applyRedactions('ten chars!', [{ start: 0, end: 11 }], 'en')).toThrow(/outside the text/);
  });

  it('never split a surrogate pair: an edge inside an emoji takes the whole emoji', () => {
    const text = 'a🌙b😀c';
    // 🌙 is text[1..3), 😀 is text[4..6): these edges fall between the halves of each pair.
    expect(normalizeRanges(text, [{ start: 2, end: 5 }])).toEqual([{ start: 1, end: 6 }]);
    const redacted = applyRedactions(text, [{ start: 2, end: 5 }], 'en');
    expect(redacted).toBe('a[passage hidden]c');
    expect(() => encodeURIComponent(redacted)).not.toThrow(); // throws on a lone surrogate
  });

  it('reach every export format, and a redaction for an entry not exported is refused', () => {
    const secret = entry({ body: 'Public part. SECRET-NAME. End.' });
    const chosen = selection({ entries: [secret], redactions: { [secret.id]: [{ start: 13, end: 25 }] } });
    for (const output of [toAlcoveJson(chosen), toMarkdown(chosen)]) {
      expect(output).not.toContain('SECRET-NAME');
      expect(output).toContain('Public part. [passage hidden] End.');
    }
    expect(() =>
      toMarkdown(selection({ entries: [secret], redactions: { ['f'.repeat(32)]: [{ start: 0, end: 1 }] } })),
    ).toThrow(/not exported/);
  });
});
