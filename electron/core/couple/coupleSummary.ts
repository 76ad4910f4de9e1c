import type { ContentLang } from '../../../shared/content/emotions';
import { COUPLE_SUMMARY_WORDS } from '../../../shared/content/couple/export';
import type { PartnerId } from '../../../shared/domain/couple';
import { ExportDates } from '../exchange/exportDates';
import { inertMarkdown } from '../exchange/markdownExport';

/**
 * The couple summary for a therapist as a document: sections both partners already see together,
 * then each partner's own note. One model, two writers: Markdown here (the preview, the approved
 * text and the .md file are this exact string) and PDF (pdfExport.ts lays out the same blocks).
 */

/** One part of a section, in plain text (the writers make it inert). */
export interface SummaryPart {
  readonly heading?: string;
  /** A paragraph, e.g. what the section means or its framework. */
  readonly text?: string;
  /** A bulleted list. */
  readonly items?: readonly string[];
  /** An empty list is written as this sentence. */
  readonly empty?: string;
}

export interface SummarySection {
  readonly id: string;
  readonly title: string;
  readonly parts: readonly SummaryPart[];
}

export interface CoupleSummaryDocument {
  readonly lang: ContentLang;
  /** ISO instant the draft was made: the text never depends on the day it is read or written. */
  readonly preparedOn: string;
  readonly timeZone?: string;
  readonly partners: Readonly<Record<PartnerId, string>>;
  readonly sections: readonly SummarySection[];
  readonly notes: readonly { readonly partner: PartnerId; readonly text: string }[];
}

/** The plain blocks both writers lay out, in order. */
export type SummaryBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'muted' | 'quote' }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'note'; text: string };

export function summaryBlocks(doc: CoupleSummaryDocument): SummaryBlock[] {
  const words = COUPLE_SUMMARY_WORDS[doc.lang];
  const dates = new ExportDates(words.locale, doc.timeZone);
  const blocks: SummaryBlock[] = [
    { kind: 'title', text: words.title },
    { kind: 'paragraph', text: words.partners(doc.partners.a, doc.partners.b) },
    { kind: 'paragraph', text: `${words.preparedOn} ${dates.day(doc.preparedOn)}` },
    { kind: 'paragraph', text: words.disclaimer, style: 'quote' },
    { kind: 'paragraph', text: words.consent, style: 'muted' },
    { kind: 'paragraph', text: words.neverIncluded, style: 'muted' },
  ];
  for (const section of doc.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    for (const part of section.parts) {
      if (part.heading) blocks.push({ kind: 'heading', level: 3, text: part.heading });
      if (part.text) blocks.push({ kind: 'paragraph', text: part.text, style: 'muted' });
      if (part.items) {
        blocks.push(
          part.items.length > 0
            ? { kind: 'list', items: part.items }
            : { kind: 'paragraph', text: part.empty ?? '—' },
        );
      }
    }
  }
  const notes = doc.notes.filter((note) => note.text.trim() !== '');
  if (notes.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: words.notesHeading });
    for (const note of notes) {
      blocks.push({ kind: 'heading', level: 3, text: words.noteOf(doc.partners[note.partner]) });
      blocks.push({ kind: 'note', text: note.text.trim() });
    }
  }
  return blocks;
}

/** One line of text, inert and on one line (names, item labels). */
function line(text: string): string {
  return inertMarkdown(text.replace(/[\r\n]+/g, ' ')).trim();
}

/** The summary as Markdown: the exact text partners approve and the .md file holds. */
export function summaryMarkdown(doc: CoupleSummaryDocument): string {
  const out = summaryBlocks(doc).map((block) => {
    switch (block.kind) {
      case 'title':
        return `# ${line(block.text)}`;
      case 'heading':
        return `${'#'.repeat(block.level)} ${line(block.text)}`;
      case 'paragraph':
        return block.style === 'quote'
          ? `> ${line(block.text)}`
          : block.style === 'muted'
            ? `*${line(block.text)}*`
            : line(block.text);
      case 'list':
        return block.items.map((item) => `- ${line(item)}`).join('\n');
      case 'note':
        // A partner's own words: Markdown kept as written, made inert (no HTML, no script links).
        return inertMarkdown(block.text);
    }
  });
  return `${out.join('\n\n')}\n`;
}

/** "alcove-couple-summary-2026-03-01.md". */
export function summaryFileName(doc: CoupleSummaryDocument, format: 'markdown' | 'pdf'): string {
  return `alcove-couple-summary-${doc.preparedOn.slice(0, 10)}${format === 'pdf' ? '.pdf' : '.md'}`;
}
