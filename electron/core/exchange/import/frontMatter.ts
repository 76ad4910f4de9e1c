// Front matter of a Markdown file: a block between "---" lines at the very top, in YAML. Only the
// simple subset journals use is read, by hand, and only three keys matter (date, title, tags):
//   key: plain value            key: "double quoted"        key: 'single quoted'
//   tags: [a, "b c"]            tags: a, b                   tags:
//                                                              - a
//                                                              - b
// A YAML library would bring anchors and aliases (the "billion laughs" bomb), custom tags and
// type coercion for three scalar keys; a line-by-line reader has none of them by construction.
// Anything else (anchors, aliases, tags, block scalars, nested maps) is simply not understood:
// the key reads as absent, or, for the date, as a date that does not parse.

/** A front matter larger than this is not one (or not one we read): the file is all body. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export interface FrontMatter {
  /** Raw values of the keys read, lower-cased; a list for sequences. */
  fields: Map<string, string | string[]>;
  /** The text after the closing line. */
  body: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits off the front matter, if the file starts with one that is closed. */
export function splitFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { fields: new Map(), body: text };
  let offset = open[0].length;
  const lines: string[] = [];
  while (offset < text.length && offset <= MAX_FRONT_MATTER_CHARS) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, end).replace(/\r?\n$/, '');
    offset = end;
    if (CLOSE.test(line)) return { fields: readFields(lines), body: text.slice(offset) };
    lines.push(line);
  }
  // Never closed (or too long): a thematic break at the top of an ordinary Markdown file.
  return { fields: new Map(), body: text };
}

function readFields(lines: readonly string[]): Map<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  for (let i = 0; i < lines.length; i++) {
    const match = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/.exec(lines[i]!);
    if (!match?.[1]) continue;
    const key = match[1].toLowerCase();
    const raw = stripComment(match[2] ?? '').trim();
    if (raw !== '') {
      // A value we cannot read is kept as an empty list: present, but neither text nor a date.
      if (!fields.has(key)) fields.set(key, readValue(raw) ?? []);
      continue;
    }
    // An empty value may open a block sequence: the indented (or flush) "- item" lines below.
    const items: string[] = [];
    while (i + 1 < lines.length && /^[ \t]*-(?:[ \t]|$)/.test(lines[i + 1]!)) {
      i++;
      const item = readScalar(stripComment(lines[i]!.replace(/^[ \t]*-[ \t]*/, '')).trim());
      if (item !== null && item !== '') items.push(item);
    }
    if (items.length > 0 && !fields.has(key)) fields.set(key, items);
  }
  return fields;
}

/** A " #" starts a comment in a plain value; inside quotes it is text. */
function stripComment(value: string): string {
  if (/^["'[]/.test(value.trim())) return value;
  const hash = value.search(/(?:^|[ \t])#/);
  return hash === -1 ? value : value.slice(0, hash);
}

function readValue(raw: string): string | string[] | null {
  if (raw.startsWith('[')) {
    if (!raw.endsWith(']')) return null;
    const items = splitFlow(raw.slice(1, -1));
    if (items === null) return null;
    return items.map(readScalar).filter((v): v is string => v !== null && v !== '');
  }
  return readScalar(raw);
}

/** A scalar, or null for what we do not read: anchors (&), aliases (*), tags (!), block scalars, maps. */
function readScalar(raw: string): string | null {
  if (raw === '') return '';
  const first = raw[0]!;
  if ('&*!|>{%@`'.includes(first)) return null;
  if (first === '"') return readDoubleQuoted(raw);
  if (first === "'")
    return raw.length >= 2 && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : null;
  return raw;
}

function readDoubleQuoted(raw: string): string | null {
  if (raw.length < 2 || !raw.endsWith('"')) return null;
  let out = '';
  const inner = raw.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '"') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = inner[++i];
    if (next === 'n') out += '\n';
    else if (next === 't') out += '\t';
    else if (next === '"' || next === '\\' || next === '/') out += next;
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(inner.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(inner.slice(i + 1, i + 5), 16));
      i += 4;
    } else return null;
  }
  return out;
}

/** Splits "a, 'b, c', "d"" on the commas outside quotes; null if a quote is left open. */
function splitFlow(inner: string): string[] | null {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const c of inner) {
    if (quote) {
      current += c;
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === ',') {
      items.push(current.trim());
      current = '';
    } else current += c;
  }
  if (quote) return null;
  if (current.trim() !== '') items.push(current.trim());
  return items;
}
