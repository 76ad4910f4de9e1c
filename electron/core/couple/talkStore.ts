import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import {
  TALK_EXERCISE_IDS,
  talkExercise,
  type TalkExercise,
  type TalkExerciseId,
} from '../../../shared/content/couple/talk';
import type { PartnerId } from '../../../shared/domain/couple';
import type {
  TalkFields,
  TalkOpenRound,
  TalkRevealedRound,
  TalkStatus,
} from '../../../shared/domain/coupleTalk';
import { TalkFieldsSchema } from '../../../shared/domain/coupleTalk';
import { randomBytes } from '../crypto/sodium';
import type { DocumentStore } from '../settings/documentStore';
import type { CoupleSpaceStore } from './coupleSpaceStore';
import { confirmReveal, RevealRefused, sideBySide, submitAnswer, type RevealRound } from './revealTogether';
import type { CoupleSpaceRecord, PrivateAnswer } from './sameMachine';

/**
 * The conversation exercises (question decks, appreciation, check-in, repair, request,
 * accelerators and brakes) as the vault keeps them: one document per exercise in the couple
 * table, `talk:<exercise>`, holding at most one open round and the history of revealed ones.
 *
 * Each answer is a private answer of sameMachine.ts, sealed under its own key and wrapped under
 * its partner's private-answer key: the other partner's keys, or the vault's, do not open it.
 * "Ready" is a flag that needs the partner's own secret, like the desire list's. The reveal
 * needs both secrets at the keyboard, both answers and both flags, and runs the two
 * confirmations of revealTogether.ts in one step: both answer keys are then published under the
 * couple key, so either partner rereads a revealed round with their own secret. Leaving deletes
 * that partner's unrevealed answer and both flags; no reason is asked.
 */
const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const b64 = (data: Uint8Array) =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const StoredAnswerSchema = z.object({ ciphertext: B64, keyCommitment: B64, wrappedAnswerKey: B64 }).strict();
type StoredAnswer = z.infer<typeof StoredAnswerSchema>;
const StoredRoundSchema = z
  .object({
    roundId: z.string().regex(/^[0-9a-f]{32}$/),
    questionId: z.string().nullable(),
    answers: z.object({ a: StoredAnswerSchema.optional(), b: StoredAnswerSchema.optional() }).strict(),
    ready: z.object({ a: z.boolean(), b: z.boolean() }).strict(),
    /** Both answer keys under the couple key, once revealed together; null before. */
    revealed: z.object({ a: B64, b: B64 }).strict().nullable(),
    revealedAt: z.string().nullable(),
  })
  .strict();
type StoredRound = z.infer<typeof StoredRoundSchema>;
const ExerciseDocSchema = z
  .object({
    v: z.literal(1),
    open: StoredRoundSchema.nullable(),
    /** Newest first. */
    revealed: z.array(StoredRoundSchema),
  })
  .strict();
type ExerciseDoc = z.infer<typeof ExerciseDocSchema>;

const docId = (exercise: TalkExerciseId) => `talk:${exercise}`;

/** Binds each sealed answer to its exercise, question and round (sameMachine.ts's item id). */
function itemIdOf(exercise: TalkExerciseId, round: Pick<StoredRound, 'roundId' | 'questionId'>): string {
  return `talk:${exercise}:${round.questionId ?? '-'}:${round.roundId}`;
}

function toAnswer(spaceId: string, itemId: string, partner: PartnerId, stored: StoredAnswer): PrivateAnswer {
  return {
    spaceId,
    itemId,
    partner,
    sealed: { ciphertext: bytes(stored.ciphertext), keyCommitment: bytes(stored.keyCommitment) },
    wrappedAnswerKey: bytes(stored.wrappedAnswerKey),
  };
}

function toStored(answer: PrivateAnswer): StoredAnswer {
  return {
    ciphertext: b64(answer.sealed.ciphertext),
    keyCommitment: b64(answer.sealed.keyCommitment),
    wrappedAnswerKey: b64(answer.wrappedAnswerKey),
  };
}

function toRevealRound(spaceId: string, exercise: TalkExerciseId, round: StoredRound): RevealRound {
  const itemId = itemIdOf(exercise, round);
  const { a, b } = round.answers;
  return {
    spaceId,
    itemId,
    answers: {
      ...(a ? { a: toAnswer(spaceId, itemId, 'a', a) } : {}),
      ...(b ? { b: toAnswer(spaceId, itemId, 'b', b) } : {}),
    },
    confirmations: {},
    revealed: round.revealed ? { a: bytes(round.revealed.a), b: bytes(round.revealed.b) } : null,
  };
}

/** Keeps only the exercise's own fields, trimmed; refuses a value of the wrong kind. */
function cleanFields(exercise: TalkExercise, fields: TalkFields): TalkFields {
  const known = new Map(exercise.fields.map((f) => [f.id, f]));
  const clean: TalkFields = {};
  for (const [id, value] of Object.entries(fields)) {
    const field = known.get(id);
    if (!field) throw new AppError('VALIDATION', `fields: ${id} is not a field of ${exercise.id}`);
    if (field.kind === 'text') {
      if (typeof value !== 'string') throw new AppError('VALIDATION', `fields: ${id} takes text`);
      if (value.trim() !== '') clean[id] = value.trim();
    } else {
      if (typeof value !== 'number' || value < field.min || value > field.max) {
        throw new AppError('VALIDATION', `fields: ${id} takes a number from ${field.min} to ${field.max}`);
      }
      clean[id] = value;
    }
  }
  if (Object.keys(clean).length === 0) throw new AppError('VALIDATION', 'fields: an answer cannot be empty');
  return clean;
}

function decodeFields(plaintext: Uint8Array): TalkFields {
  try {
    return TalkFieldsSchema.parse(JSON.parse(decoder.decode(plaintext)));
  } catch {
    throw new AppError('DAMAGED_RECORD', 'a revealed answer could not be read');
  } finally {
    plaintext.fill(0);
  }
}

function revealedAtOf(round: StoredRound): string {
  if (round.revealedAt === null) throw new AppError('DAMAGED_RECORD', 'a revealed round has no date');
  return round.revealedAt;
}

function refusal(error: unknown): never {
  if (error instanceof RevealRefused) {
    throw new AppError(
      error.code === 'STALE_CONFIRMATION' ? 'VAULT_CORRUPT' : 'FORBIDDEN',
      `the reveal was refused: ${error.code}`,
    );
  }
  throw error;
}

export class TalkStore {
  readonly #documents: DocumentStore;
  readonly #couple: CoupleSpaceStore;

  constructor(documents: DocumentStore, couple: CoupleSpaceStore) {
    this.#documents = documents;
    this.#couple = couple;
  }

  status(): TalkStatus {
    this.#requireSpace();
    const open: TalkOpenRound[] = [];
    const revealed: Array<TalkStatus['revealed'][number]> = [];
    for (const exercise of TALK_EXERCISE_IDS) {
      const doc = this.#doc(exercise);
      if (doc.open) {
        const { roundId, questionId, answers, ready } = doc.open;
        open.push({
          roundId,
          exercise,
          questionId,
          answered: { a: Boolean(answers.a), b: Boolean(answers.b) },
          ready,
        });
      }
      for (const round of doc.revealed) {
        revealed.push({
          roundId: round.roundId,
          exercise,
          questionId: round.questionId,
          revealedAt: revealedAtOf(round),
        });
      }
    }
    revealed.sort((x, y) => y.revealedAt.localeCompare(x.revealedAt));
    return { open, revealed };
  }

  /**
   * Opens a round of an exercise (for a deck, on one question). An open round nobody has
   * answered yet is replaced ("another question"); one with an answer is kept until it is
   * revealed or its answers are taken back, so nobody's answer disappears by surprise.
   */
  start(exercise: TalkExerciseId, questionId: string | null): TalkStatus {
    this.#requireSpace();
    const content = talkExercise(exercise);
    if (content.kind === 'deck') {
      if (!content.questions.some((q) => q.id === questionId)) {
        throw new AppError('VALIDATION', `questionId: not a question of ${exercise}`);
      }
    } else if (questionId !== null) {
      throw new AppError('VALIDATION', `questionId: ${exercise} has no questions`);
    }
    const doc = this.#doc(exercise);
    if (doc.open && (doc.open.answers.a || doc.open.answers.b)) {
      throw new AppError('FORBIDDEN', 'a round of this exercise already has an answer');
    }
    const round: StoredRound = {
      roundId: Buffer.from(randomBytes(16)).toString('hex'),
      questionId,
      answers: {},
      ready: { a: false, b: false },
      revealed: null,
      revealedAt: null,
    };
    this.#write(exercise, { ...doc, open: round });
    return this.status();
  }

  /** Seals one partner's answer under their own key. A new answer drops both "ready". */
  answer(
    partner: PartnerId,
    secret: string,
    roundId: string,
    fields: TalkFields,
    consented: boolean,
  ): TalkStatus {
    const { exercise, doc, round } = this.#open(roundId);
    const content = talkExercise(exercise);
    if (content.intimate && !consented) {
      throw new AppError('VALIDATION', 'consent: this exercise starts with the consent check-in');
    }
    const plaintext = encoder.encode(JSON.stringify(cleanFields(content, fields)));
    const answered = this.#couple.withPartner(partner, secret, (keys, spaceId) => {
      try {
        return submitAnswer(toRevealRound(spaceId, exercise, round), keys, plaintext);
      } catch (error) {
        return refusal(error);
      } finally {
        plaintext.fill(0);
      }
    });
    const sealed = answered.answers[partner]!;
    this.#write(exercise, {
      ...doc,
      open: {
        ...round,
        answers: { ...round.answers, [partner]: toStored(sealed) },
        ready: { a: false, b: false },
      },
    });
    return this.status();
  }

  /** "I am ready to reveal": only the partner's own secret says so, and only once they answered. */
  setReady(partner: PartnerId, secret: string, roundId: string, ready: boolean): TalkStatus {
    const { exercise, doc, round } = this.#open(roundId);
    if (ready && !round.answers[partner]) {
      throw new AppError('FORBIDDEN', 'answer before saying you are ready');
    }
    this.#couple.withPartner(partner, secret, () => null);
    this.#write(exercise, { ...doc, open: { ...round, ready: { ...round.ready, [partner]: ready } } });
    return this.status();
  }

  /**
   * Both partners at the keyboard, both secrets typed, both answered and both ready: the two
   * confirmations run in one step, both answer keys go under the couple key, and the round
   * moves to the history. Returns both answers, side by side.
   */
  reveal(secrets: Record<PartnerId, string>, roundId: string, nowIso: string): TalkRevealedRound {
    const { exercise, doc, round } = this.#open(roundId);
    if (!round.answers.a || !round.answers.b) {
      throw new AppError('FORBIDDEN', 'both partners must answer before the reveal');
    }
    if (!round.ready.a || !round.ready.b) {
      throw new AppError('FORBIDDEN', 'both partners must say they are ready before the reveal');
    }
    const space = this.#space();
    return this.#couple.withBoth(secrets, (a, b, spaceId) => {
      let together: RevealRound;
      try {
        together = confirmReveal(toRevealRound(spaceId, exercise, round), space, a);
        together = confirmReveal(together, space, b);
      } catch (error) {
        return refusal(error);
      }
      const revealed = together.revealed!;
      const stored: StoredRound = {
        ...round,
        ready: { a: true, b: true },
        revealed: { a: b64(revealed.a), b: b64(revealed.b) },
        revealedAt: nowIso,
      };
      const answers = this.#sideBySide(a.coupleKey, spaceId, exercise, stored);
      this.#write(exercise, { ...doc, open: null, revealed: [stored, ...doc.revealed] });
      return answers;
    });
  }

  /** A revealed round, reread by either partner with their own secret (it opens the couple key). */
  read(partner: PartnerId, secret: string, roundId: string): TalkRevealedRound {
    for (const exercise of TALK_EXERCISE_IDS) {
      const round = this.#doc(exercise).revealed.find((r) => r.roundId === roundId);
      if (round) {
        return this.#couple.withPartner(partner, secret, (keys, spaceId) =>
          this.#sideBySide(keys.coupleKey, spaceId, exercise, round),
        );
      }
    }
    throw new AppError('NOT_FOUND', 'no revealed round with this id');
  }

  /**
   * Every revealed round, oldest first, opened with a couple key the caller already unlocked (the
   * couple summary's source). Only rounds both partners revealed together: an open round's sealed
   * answers are never opened here, and this holds no partner's key.
   */
  revealedWithKey(coupleKey: Uint8Array, spaceId: string): TalkRevealedRound[] {
    const rounds = TALK_EXERCISE_IDS.flatMap((exercise) =>
      this.#doc(exercise).revealed.map((round) => this.#sideBySide(coupleKey, spaceId, exercise, round)),
    );
    return rounds.sort((x, y) => x.revealedAt.localeCompare(y.revealedAt));
  }

  /** A partner takes their answer back, without a reason: it is deleted, and both "ready" drop. */
  leave(partner: PartnerId, secret: string, roundId: string): TalkStatus {
    const { exercise, doc, round } = this.#open(roundId);
    this.#couple.withPartner(partner, secret, () => null);
    const answers = { ...round.answers };
    delete answers[partner];
    this.#write(exercise, { ...doc, open: { ...round, answers, ready: { a: false, b: false } } });
    return this.status();
  }

  /**
   * The sealed answers of an open round, as the vault holds them (no secret needed; none of it
   * opens without one). For audits and tests that try the wrong partner's keys on an answer.
   */
  sealed(roundId: string): Partial<Record<PartnerId, PrivateAnswer>> {
    const { exercise, round } = this.#open(roundId);
    return toRevealRound(this.#space().spaceId, exercise, round).answers;
  }

  #sideBySide(
    coupleKey: Uint8Array,
    spaceId: string,
    exercise: TalkExerciseId,
    round: StoredRound,
  ): TalkRevealedRound {
    const opened = sideBySide(toRevealRound(spaceId, exercise, round), coupleKey);
    if (!opened) throw new AppError('DAMAGED_RECORD', 'a revealed round lacks an answer');
    return {
      roundId: round.roundId,
      exercise,
      questionId: round.questionId,
      revealedAt: revealedAtOf(round),
      answers: { a: decodeFields(opened.a), b: decodeFields(opened.b) },
    };
  }

  #open(roundId: string): { exercise: TalkExerciseId; doc: ExerciseDoc; round: StoredRound } {
    this.#requireSpace();
    for (const exercise of TALK_EXERCISE_IDS) {
      const doc = this.#doc(exercise);
      if (doc.open?.roundId === roundId) return { exercise, doc, round: doc.open };
      if (doc.revealed.some((r) => r.roundId === roundId)) {
        throw new AppError('FORBIDDEN', 'this round is already revealed');
      }
    }
    throw new AppError('NOT_FOUND', 'no open round with this id');
  }

  #requireSpace(): void {
    if (!this.#couple.profiles()) throw new AppError('NOT_FOUND', 'there is no couple space yet');
  }

  #space(): CoupleSpaceRecord {
    const sealed = this.#couple.sealed();
    if (!sealed) throw new AppError('NOT_FOUND', 'there is no couple space yet');
    return sealed.space;
  }

  #doc(exercise: TalkExerciseId): ExerciseDoc {
    const raw = this.#documents.read(docId(exercise));
    if (raw === undefined) return { v: 1, open: null, revealed: [] };
    const parsed = ExerciseDocSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('DAMAGED_RECORD', `the ${exercise} rounds could not be read`);
    return parsed.data;
  }

  #write(exercise: TalkExerciseId, doc: ExerciseDoc): void {
    this.#documents.write(docId(exercise), doc);
  }
}
