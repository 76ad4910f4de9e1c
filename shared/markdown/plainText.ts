/**
 * The words of a Markdown text without its marks, for the timeline's one-line excerpt: "# Sunday
 * **long** walk" reads "Sunday long walk". Line by line and deliberately small: it drops what
 * CommonMark and GFM use to mark headings, quotes, lists, checklists, emphasis, code, links and
 * images, and leaves anything it does not recognise as it was. Images (often an attachment's
 * file name) say nothing in an excerpt and are dropped; a link keeps its text.
 */
export function plainTextOf(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*(```|~~~)/.test(line)) // code fences
    .filter((line) => !/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) // thematic breaks
    .map(
      (line) =>
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '') // heading
          .replace(/\s+#+\s*$/, '') // closing heading marks
          .replace(/^\s*(>\s?)+/, '') // quote
          .replace(/^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, '') // list item, checklist box
          .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // image
          .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // link
          .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // strong
          .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1') // emphasis with *
          .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1') // emphasis with _, not snake_case
          .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1') // strikethrough
          .replace(/`([^`]+)`/g, '$1'), // inline code
    )
    .join('\n');
}
