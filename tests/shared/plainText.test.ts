import { describe, expect, it } from 'vitest';
import { entryExcerpt } from '../../shared/domain/entry';
import { plainTextOf } from '../../shared/markdown/plainText';

describe('plainTextOf (the timeline excerpt of a Markdown entry)', () => {
  it.each([
    ['# Sunday\nA **long** walk', 'Sunday\nA long walk'],
    ['## Heading ##', 'Heading'],
    ['> quoted\n> > twice', 'quoted\ntwice'],
    ['- [ ] call Sam\n- [x] rest\n* item\n+ other\n3. third', 'call Sam\nrest\nitem\nother\nthird'],
    ['see [the notes](https://example.org) now', 'see the notes now'],
    ['before ![photo.png](attachment:0123456789abcdef0123456789abcdef) after', 'before  after'],
    ['*soft* and _quiet_ and ~~gone~~ and `code`', 'soft and quiet and gone and code'],
    ['```\nconst x = 1;\n```', 'const x = 1;'],
    ['---\n***', ''],
  ])('%j reads %j', (markdown, plain) => {
    expect(plainTextOf(markdown)).toBe(plain);
  });

  it.each([
    'snake_case_name stays',
    '2 * 3 * 4 = 24',
    'a - b is not a list',
    'C# and F# are languages',
    'mail me at a_b@example.org',
    '<b>not html</b>',
  ])('leaves %j as it was', (text) => {
    expect(plainTextOf(text)).toBe(text);
  });

  it('is what the timeline shows of a plain entry', () => {
    expect(entryExcerpt({ body: '# Morning\n\nHad **real coffee**.', worksheet: undefined })).toBe(
      'Morning Had real coffee.',
    );
  });
});
