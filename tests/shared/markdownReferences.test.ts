import { describe, expect, it } from 'vitest';
import { attachmentIdsIn, classifyImageSource, linkAddressToShow } from '../../shared/markdown/references';

const ID = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

describe('image sources', () => {
  it('recognises a vault attachment by its 32-hex id', () => {
    expect(classifyImageSource(`attachment:${ID}`)).toEqual({ kind: 'attachment', id: ID });
    expect(classifyImageSource(` attachment:${ID} `)).toEqual({ kind: 'attachment', id: ID });
  });

  it('never loads a web address, a data: URL, a file or a relative path', () => {
    for (const url of [
      'https://example.invalid/t.png',
      'http://127.0.0.1/x.png',
      '//example.invalid/x.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'file:///etc/passwd',
      'blob:http://127.0.0.1/abc',
      'javascript:alert(1)',
      'photo.png',
      '',
    ])
      expect(classifyImageSource(url)).toEqual({ kind: 'not-loaded', url });
  });

  it('refuses an attachment reference that is not exactly a lowercase 32-hex id', () => {
    for (const url of [
      `attachment:${ID.toUpperCase()}`,
      `attachment:${ID}0`,
      `attachment:${ID.slice(1)}`,
      `attachment:${ID}?x=1`,
      `attachment://${ID}`,
      `Attachment:${ID}`,
    ])
      expect(classifyImageSource(url).kind).toBe('not-loaded');
  });
});

describe('attachment ids in a body', () => {
  it('lists each id once, in the order the text first names it', () => {
    const body = `![a](attachment:${OTHER})\n\nsome words\n\n![b](attachment:${ID}) and ![again](attachment:${OTHER})`;
    expect(attachmentIdsIn(body)).toEqual([OTHER, ID]);
  });

  it('counts an id named in a link or in plain words, but not a longer hex run', () => {
    expect(attachmentIdsIn(`see [the photo](attachment:${ID})`)).toEqual([ID]);
    expect(attachmentIdsIn(`attachment:${ID}ff`)).toEqual([]);
    expect(attachmentIdsIn('no pictures today')).toEqual([]);
  });
});

describe('link addresses', () => {
  it('shows the address after a link whose text differs from it', () => {
    expect(linkAddressToShow('my notes', 'https://example.invalid/n')).toBe('https://example.invalid/n');
    expect(linkAddressToShow('x', 'javascript:alert(1)')).toBe('javascript:alert(1)');
  });

  it('does not repeat the address of an autolink', () => {
    expect(linkAddressToShow('https://example.invalid', 'https://example.invalid')).toBeNull();
    expect(linkAddressToShow('www.example.invalid', 'http://www.example.invalid')).toBeNull();
    expect(linkAddressToShow('someone@example.invalid', 'mailto:someone@example.invalid')).toBeNull();
    expect(linkAddressToShow('empty', '')).toBeNull();
  });
});
