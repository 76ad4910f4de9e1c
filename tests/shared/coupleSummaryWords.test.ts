import { describe, expect, it } from 'vitest';
import { COUPLE_SUMMARY_WORDS } from '../../shared/content/couple/export';

/** The keys of a nested object, as dotted paths (functions count as leaves). */
function paths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner !== null && typeof inner === 'object'
      ? paths(inner as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the words of the couple summary', () => {
  it('has the same keys in French and English, and no English left in French', () => {
    expect(paths(COUPLE_SUMMARY_WORDS.fr)).toEqual(paths(COUPLE_SUMMARY_WORDS.en));
    expect(COUPLE_SUMMARY_WORDS.fr.title).not.toBe(COUPLE_SUMMARY_WORDS.en.title);
    expect(COUPLE_SUMMARY_WORDS.fr.noteOf('Sam')).toBe('De Sam');
  });

  it('writes French typography: a no-break space before colons and inside « »', () => {
    const french = JSON.stringify(COUPLE_SUMMARY_WORDS.fr);
    expect(french).not.toMatch(/ [:;!?»]/);
    expect(french).not.toMatch(/« /);
    expect(french).not.toContain("'");
  });
});
