import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { PartnerId } from '../../../shared/domain/couple';
import type { CoupleExportPreview, CoupleExportStatus } from '../../../shared/domain/coupleExport';
import { blake2b, open, seal } from '../crypto/sodium';
import type { DocumentStore } from '../settings/documentStore';
import { pad, unpad } from '../vault/padding';
import type { CoupleSpaceStore } from './coupleSpaceStore';
import {
  summaryFileName,
  summaryMarkdown,
  type CoupleSummaryDocument,
  type SummarySection,
} from './coupleSummary';
import type { CoupleSummarySource } from './summarySources';

/**
 * The couple summary for a therapist (issue 8). One draft at a time, in the couple table:
 * which sections to include (chosen by the partner who drafts), the language and the day it was
 * prepared, each partner's optional note (sealed under the couple key: both read it in the
 * preview), and each partner's approval.
 *
 * An approval is the BLAKE2b hash of the exact Markdown text that partner read, recorded only
 * with their secret (like "ready" for the desire list: a record, not a signature — whoever opens
 * the vault with a modified app could write one, but could still read nothing without a partner
 * secret). The file is written only when both recorded hashes equal the hash of the text as it
 * is now, so any change — a note, a new draft, a desire list answered again — drops both.
 */
const SUMMARY = 'export:summary';

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const HASH = z.string().regex(/^[0-9a-f]{64}$/);
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const b64 = (data: Uint8Array) =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
const encoder = new TextEncoder();

const DraftSchema = z
  .object({
    sections: z.array(z.string()),
    lang: z.enum(['en', 'fr']),
    timeZone: z.string().optional(),
    draftedBy: z.enum(['a', 'b']),
    preparedOn: z.string(),
    notes: z.object({ a: B64.optional(), b: B64.optional() }).strict(),
    approvals: z.object({ a: HASH.optional(), b: HASH.optional() }).strict(),
  })
  .strict();
type Draft = z.infer<typeof DraftSchema>;
const SummaryDocSchema = z.object({ v: z.literal(1), draft: DraftSchema.nullable() }).strict();

export interface BuiltSummary {
  readonly document: CoupleSummaryDocument;
  readonly text: string;
  readonly hash: string;
}

export class CoupleExportStore {
  readonly #documents: DocumentStore;
  readonly #space: CoupleSpaceStore;
  readonly #sources: readonly CoupleSummarySource[];

  constructor(documents: DocumentStore, space: CoupleSpaceStore, sources: readonly CoupleSummarySource[]) {
    this.#documents = documents;
    this.#space = space;
    this.#sources = sources;
  }

  status(): CoupleExportStatus {
    const draft = this.#draft();
    return {
      sources: this.#sources.map(({ id, title }) => ({ id, title: { en: title.en, fr: title.fr } })),
      draft: draft && {
        sections: draft.sections,
        lang: draft.lang,
        draftedBy: draft.draftedBy,
        notes: { a: draft.notes.a !== undefined, b: draft.notes.b !== undefined },
        approvals: { a: draft.approvals.a !== undefined, b: draft.approvals.b !== undefined },
      },
    };
  }

  /**
   * A new draft, by one partner with their secret: the sections they chose, in the language
   * given. The notes already written are kept (each is its author's); both approvals are dropped.
   */
  draft(
    partner: PartnerId,
    secret: string,
    choice: { sections: readonly string[]; lang: 'en' | 'fr'; timeZone?: string | undefined },
    nowIso: string,
  ): CoupleExportPreview {
    const known = new Set(this.#sources.map((s) => s.id));
    for (const id of choice.sections) {
      if (!known.has(id)) throw new AppError('VALIDATION', `sections: ${id} is not a source of the summary`);
    }
    const previous = this.#draft();
    return this.#space.withPartner(partner, secret, (keys, spaceId) => {
      const draft: Draft = {
        sections: this.#sources.map((s) => s.id).filter((id) => choice.sections.includes(id)),
        lang: choice.lang,
        ...(choice.timeZone === undefined ? {} : { timeZone: choice.timeZone }),
        draftedBy: partner,
        preparedOn: nowIso,
        notes: previous?.notes ?? {},
        approvals: {},
      };
      const built = this.#build(draft, keys.coupleKey, spaceId); // checks the time zone before storing
      this.#write(draft);
      return this.#preview(draft, built);
    });
  }

  /** The summary as it would be written, for the partner who typed their secret. */
  preview(partner: PartnerId, secret: string): CoupleExportPreview {
    const draft = this.#requireDraft();
    return this.#space.withPartner(partner, secret, (keys, spaceId) =>
      this.#preview(draft, this.#build(draft, keys.coupleKey, spaceId)),
    );
  }

  /** A partner's own note ('' removes it). The text changes, so both approvals are dropped. */
  setNote(partner: PartnerId, secret: string, note: string): CoupleExportPreview {
    const draft = this.#requireDraft();
    return this.#space.withPartner(partner, secret, (keys, spaceId) => {
      const notes = { ...draft.notes };
      if (note.trim() === '') delete notes[partner];
      else notes[partner] = b64(seal(keys.coupleKey, pad(encoder.encode(note)), noteLabel(spaceId, partner)));
      const next: Draft = { ...draft, notes, approvals: {} };
      const built = this.#build(next, keys.coupleKey, spaceId);
      this.#write(next);
      return this.#preview(next, built);
    });
  }

  /**
   * "I agree to share this": recorded only when the text is still the one this partner read
   * (`hash`) and every shared section was ticked.
   */
  approve(partner: PartnerId, secret: string, hash: string, agree: readonly string[]): CoupleExportPreview {
    const draft = this.#requireDraft();
    return this.#space.withPartner(partner, secret, (keys, spaceId) => {
      const built = this.#build(draft, keys.coupleKey, spaceId);
      if (built.hash !== hash) {
        throw new AppError('FORBIDDEN', 'the summary changed since it was read: read it again');
      }
      const included = built.document.sections.map((s) => s.id);
      if (included.length !== agree.length || included.some((id) => !agree.includes(id))) {
        throw new AppError('VALIDATION', 'agree: every shared section needs its own agreement');
      }
      const next: Draft = { ...draft, approvals: { ...draft.approvals, [partner]: built.hash } };
      this.#write(next);
      return this.#preview(next, built);
    });
  }

  /** A partner takes their approval back; no reason is asked. */
  withdraw(partner: PartnerId, secret: string): CoupleExportStatus {
    const draft = this.#requireDraft();
    this.#space.withPartner(partner, secret, () => null);
    const approvals = { ...draft.approvals };
    delete approvals[partner];
    this.#write({ ...draft, approvals });
    return this.status();
  }

  /**
   * What to write, for either partner with their secret: only when both approvals match the text
   * as it is now, and it is the text the caller was shown (`hash`).
   */
  forWriting(
    partner: PartnerId,
    secret: string,
    hash: string,
    format: 'markdown' | 'pdf',
  ): BuiltSummary & { fileName: string } {
    const draft = this.#requireDraft();
    return this.#space.withPartner(partner, secret, (keys, spaceId) => {
      const built = this.#build(draft, keys.coupleKey, spaceId);
      if (draft.approvals.a !== built.hash || draft.approvals.b !== built.hash) {
        throw new AppError('FORBIDDEN', 'both partners must approve this exact summary before it is written');
      }
      if (hash !== built.hash) throw new AppError('FORBIDDEN', 'the summary changed since it was read');
      return { ...built, fileName: summaryFileName(built.document, format) };
    });
  }

  #build(draft: Draft, coupleKey: Uint8Array, spaceId: string): BuiltSummary {
    const profiles = this.#space.profiles();
    if (!profiles) throw new AppError('NOT_FOUND', 'there is no couple space yet');
    const sections: SummarySection[] = [];
    for (const source of this.#sources) {
      if (!draft.sections.includes(source.id)) continue;
      const parts = source.sharedParts({ key: coupleKey, spaceId }, draft.lang);
      if (parts.length > 0) sections.push({ id: source.id, title: source.title[draft.lang], parts });
    }
    const notes = (['a', 'b'] as const).flatMap((p) => {
      const sealed = draft.notes[p];
      if (sealed === undefined) return [];
      const text = new TextDecoder().decode(unpad(open(coupleKey, bytes(sealed), noteLabel(spaceId, p))));
      return [{ partner: p, text }];
    });
    const document: CoupleSummaryDocument = {
      lang: draft.lang,
      preparedOn: draft.preparedOn,
      ...(draft.timeZone === undefined ? {} : { timeZone: draft.timeZone }),
      partners: { a: profiles.a.name, b: profiles.b.name },
      sections,
      notes,
    };
    const text = summaryMarkdown(document);
    return { document, text, hash: Buffer.from(blake2b(encoder.encode(text))).toString('hex') };
  }

  #preview(draft: Draft, built: BuiltSummary): CoupleExportPreview {
    return {
      status: this.status(),
      text: built.text,
      hash: built.hash,
      included: built.document.sections.map((s) => s.id),
      approved: { a: draft.approvals.a === built.hash, b: draft.approvals.b === built.hash },
      fileName: summaryFileName(built.document, 'markdown'),
    };
  }

  #draft(): Draft | null {
    const raw = this.#documents.read(SUMMARY);
    if (raw === undefined) return null;
    const parsed = SummaryDocSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('DAMAGED_RECORD', 'the couple summary could not be read');
    return parsed.data.draft;
  }

  #requireDraft(): Draft {
    const draft = this.#draft();
    if (!draft) throw new AppError('NOT_FOUND', 'there is no couple summary yet');
    return draft;
  }

  #write(draft: Draft | null): void {
    this.#documents.write(SUMMARY, { v: 1, draft });
  }
}

function noteLabel(spaceId: string, partner: PartnerId): Uint8Array {
  return encoder.encode(`alcove/couple/v1|${spaceId}|export-note|${partner}`);
}
