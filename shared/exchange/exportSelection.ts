import type { ContentLang } from '../content/emotions';
import type { SelfCheck } from '../content/scales';
import type { Checkin } from '../domain/checkin';
import type { Entry } from '../domain/entry';
import type { ExerciseSession } from '../domain/exercise';
import type { TextRange } from './redaction';

/** What the user chose to export, already read from the vault (the exporters never read it). */
export interface ExportSelection {
  readonly entries: readonly Entry[];
  /** Per entry id, the passages of its body to hide (UTF-16 ranges); entries absent hide nothing. */
  readonly redactions: Readonly<Record<string, readonly TextRange[]>>;
  readonly checkins?: readonly Checkin[];
  readonly selfChecks?: readonly SelfCheck[];
  /** Exercise sessions of the period: the summary lists them per exercise, with mean ratings. */
  readonly exercises?: readonly Pick<ExerciseSession, 'kind' | 'distressBefore' | 'distressAfter'>[];
  readonly lang: ContentLang;
  /** ISO-8601 instant of the export (the core's clock). */
  readonly exportedAt: string;
  /** For a therapist: the period covered and what to bring up in the next session. */
  readonly summary?: {
    /** Calendar days (YYYY-MM-DD) or instants. */
    readonly period: { readonly from: string; readonly to: string };
    readonly toBring?: string;
  };
  /** IANA time zone for the dates written in Markdown and CSV; the system's when absent. */
  readonly timeZone?: string;
  /**
   * Per entry id, the images written beside a Markdown export, as paths relative to the Markdown
   * file (e.g. "images/….png"); the Markdown links to them under the entry.
   */
  readonly images?: Readonly<Record<string, readonly string[]>>;
  /** Tag id → name, for the tags the entries carry (the JSON export writes names, not ids). */
  readonly tagNames?: Readonly<Record<string, string>>;
  /** Recorded in the JSON export; Alcove and this package's version when absent. */
  readonly app?: { readonly name: string; readonly version: string };
}
