/**
 * What an entry's Markdown points at, decided without touching anything. Only the vault's own
 * attachments are ever shown (`![alt](attachment:<32-hex id>)`); any other image source — a web
 * address, a data: URL, a file path — is named and never fetched, and links are never followed:
 * the journal promises no network.
 */
export type ImageSource = { kind: 'attachment'; id: string } | { kind: 'not-loaded'; url: string };

const ATTACHMENT_URL = /^attachment:([0-9a-f]{32})$/;
/** Every `attachment:<id>` written in a text, wherever it sits (image, link or plain words). */
const ATTACHMENT_REFERENCE = /attachment:([0-9a-f]{32})(?![0-9a-f])/g;

export function classifyImageSource(src: string): ImageSource {
  const url = src.trim();
  const match = ATTACHMENT_URL.exec(url);
  if (match?.[1]) return { kind: 'attachment', id: match[1] };
  return { kind: 'not-loaded', url };
}

/**
 * The attachment ids a body mentions, once each, in order of first appearance. Deliberately broad
 * (any `attachment:<id>` counts, not only images): an attachment the text names in any way is not
 * shown a second time in the gallery after the text.
 */
export function attachmentIdsIn(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(ATTACHMENT_REFERENCE)) if (match[1]) ids.add(match[1]);
  return [...ids];
}

/**
 * The address to show after a link's text, or null when the text already says it: an autolink
 * (`<https://…>`, `www.…`, an e-mail address) reads as its own address, and repeating it is noise.
 */
export function linkAddressToShow(text: string, href: string): string | null {
  const url = href.trim();
  if (url === '') return null;
  const shown = text.trim();
  if ([shown, `http://${shown}`, `https://${shown}`, `mailto:${shown}`].includes(url)) return null;
  return url;
}
