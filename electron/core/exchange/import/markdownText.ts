// Small readings of Markdown text that importers share, written as scans rather than regexes
// where a regex over runs of blanks or hashes would backtrack quadratically on hostile text.

/** A "# Title" on the first non-blank line, and where the text after it (and the blank lines after) starts. */
export function firstHeading(body: string): { title: string; end: number } | null {
  const lineAt = (from: number) => {
    const newline = body.indexOf('\n', from);
    const end = newline === -1 ? body.length : newline + 1;
    return { text: body.slice(from, newline === -1 ? body.length : newline).replace(/\r$/, ''), end };
  };
  let offset = 0;
  let line = lineAt(0);
  while (line.text.trim() === '' && line.end < body.length) {
    offset = line.end;
    line = lineAt(offset);
  }
  if (!line.text.startsWith('# ')) return null;
  let title = line.text.slice(2).trim();
  // An optional closing sequence: "# Title #" (only after a blank, as CommonMark says).
  let hashes = 0;
  while (hashes < title.length && title[title.length - 1 - hashes] === '#') hashes++;
  if (hashes > 0 && (hashes === title.length || /[ \t]/.test(title[title.length - hashes - 1]!)))
    title = title.slice(0, title.length - hashes).trim();
  if (title === '') return null;
  let end = line.end;
  for (let next = lineAt(end); end < body.length && next.text.trim() === ''; next = lineAt(end))
    end = next.end;
  return { title, end };
}

/**
 * Markdown with its backslash escapes resolved ("Hello\!" → "Hello!"): for apps that escape
 * punctuation on export (Day One does, heavily), read back as the plain text Alcove shows.
 * The class is CommonMark's escapable characters: all ASCII punctuation.
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The text from its first line that is not blank (front matter is usually followed by one). */
export function dropLeadingBlankLines(text: string): string {
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1 || text.slice(start, newline).trim() !== '') return text.slice(start);
    start = newline + 1;
  }
}
