import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import {
  MAX_USER_PACKS,
  UserPackSchema,
  type UserPack,
  type UserPackDraft,
} from '../../../shared/content/prompts/userPack';
import type { DocumentStore } from '../settings/documentStore';

const USER_PACKS = 'prompt-packs';

/** A new pack's fields, whichever way it came: written in Alcove, or imported from a file. */
export type NewUserPack = Omit<UserPackDraft, 'id'> & Pick<UserPack, 'origin' | 'fileName'>;

/**
 * The user's own prompt packs: one encrypted document in the vault (like the safety plan), in the
 * order they were added. A pack that fails to parse (written by a later version) is left out of the
 * list but kept in the document, so nothing is lost by opening the vault with an older app.
 */
export class UserPackStore {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  list(): UserPack[] {
    return this.#raw().flatMap((raw) => {
      const parsed = UserPackSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Adds a pack; refused (VALIDATION) once the user has MAX_USER_PACKS. */
  add(pack: NewUserPack, nowIso: string): UserPack {
    const raw = this.#raw();
    if (raw.length >= MAX_USER_PACKS) {
      throw new AppError('VALIDATION', `packs: at most ${MAX_USER_PACKS} packs of your own`);
    }
    const { fileName, ...fields } = pack;
    const stored = UserPackSchema.parse({
      ...fields,
      ...(fileName === undefined ? {} : { fileName }),
      id: `mine-${randomBytes(16).toString('hex')}`,
      updatedAt: nowIso,
    });
    this.#documents.write(USER_PACKS, [...raw, stored]);
    return stored;
  }

  /** Replaces one of the user's packs with a new version; where it came from stays as it was. */
  update(id: string, draft: Omit<UserPackDraft, 'id'>, nowIso: string): UserPack {
    const raw = this.#raw();
    const index = raw.findIndex((p) => (p as { id?: unknown } | null)?.id === id);
    const current = UserPackSchema.safeParse(raw[index]);
    if (index < 0 || !current.success) throw new AppError('NOT_FOUND', 'no such pack');
    const { origin, fileName } = current.data;
    const stored = UserPackSchema.parse({
      ...draft,
      id,
      origin,
      ...(fileName === undefined ? {} : { fileName }),
      updatedAt: nowIso,
    });
    this.#documents.write(
      USER_PACKS,
      raw.map((p, i) => (i === index ? stored : p)),
    );
    return stored;
  }

  delete(id: string): void {
    const raw = this.#raw();
    const kept = raw.filter((p) => (p as { id?: unknown } | null)?.id !== id);
    if (kept.length === raw.length) throw new AppError('NOT_FOUND', 'no such pack');
    this.#documents.write(USER_PACKS, kept);
  }

  #raw(): unknown[] {
    const parsed = z.array(z.unknown()).safeParse(this.#documents.read(USER_PACKS) ?? []);
    return parsed.success ? parsed.data : [];
  }
}
