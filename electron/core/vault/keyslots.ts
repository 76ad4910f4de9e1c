import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import {
  argon2id,
  argon2idParamsAreSane,
  blake2b,
  DecryptionError,
  open,
  randomBytes,
  SALT_BYTES,
  seal,
  wipe,
  type Argon2Params,
} from '../crypto/sodium';
import type { Db } from '../db/openDatabase';

/**
 * The data key is random and only ever stored wrapped, once per keyslot. Each slot's
 * parameters are stored in clear (they are needed before any key exists) and bound, byte for
 * byte, as associated data of the wrapped key: editing them makes the slot fail to open
 * instead of silently weakening it.
 */
const PassphraseParamsSchema = z.object({
  v: z.literal(1),
  alg: z.literal('argon2id13'),
  opslimit: z.number().int(),
  memlimit: z.number().int(),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
});
const RecoveryParamsSchema = z.object({ v: z.literal(1), alg: z.literal('blake2b-kek') });

export type SlotKind = 'passphrase' | 'recovery';
/** A keyslot as stored; also copied, verbatim, into a backup's header. */
export interface SlotRow {
  id: string;
  kind: SlotKind;
  params: string;
  wrapped_key: Uint8Array;
}

const encoder = new TextEncoder();

function slotAssociatedData(vaultId: string, slotId: string, kind: SlotKind, params: string): Uint8Array {
  return encoder.encode(`alcove/keyslot/v1|${vaultId}|${slotId}|${kind}|${params}`);
}

/** The recovery key is 256 random bits: no stretching needed, only domain separation. */
function recoveryKek(recoveryKey: Uint8Array): Uint8Array {
  return blake2b(encoder.encode('alcove/recovery-kek/v1'), 32, recoveryKey);
}

/** Wraps `secret` under `kek` into a new slot (stored in the vault, or in a backup's header). */
export function makeSlot(
  scope: string,
  kind: SlotKind,
  params: string,
  kek: Uint8Array,
  secret: Uint8Array,
): SlotRow {
  const id = randomUUID();
  return { id, kind, params, wrapped_key: seal(kek, secret, slotAssociatedData(scope, id, kind, params)) };
}

function writeSlot(
  db: Db,
  vaultId: string,
  kind: SlotKind,
  params: string,
  kek: Uint8Array,
  dataKey: Uint8Array,
): void {
  const slot = makeSlot(vaultId, kind, params, kek, dataKey);
  db.prepare('INSERT INTO keyslots (id, kind, params, wrapped_key) VALUES (?, ?, ?, ?)').run(
    slot.id,
    slot.kind,
    slot.params,
    slot.wrapped_key,
  );
}

/** Every keyslot of the vault (a backup carries them so it opens with the same secrets). */
export function readSlots(db: Db): SlotRow[] {
  return db.prepare('SELECT id, kind, params, wrapped_key FROM keyslots').all() as SlotRow[];
}

export interface DerivedPassphraseKey {
  readonly kek: Uint8Array;
  readonly params: string;
}

/** Derives a key-encryption key from a passphrase with fresh salt and the given cost. */
export function derivePassphraseKek(passphrase: string, cost: Argon2Params): DerivedPassphraseKey {
  const salt = randomBytes(SALT_BYTES);
  const params = JSON.stringify({
    v: 1,
    alg: 'argon2id13',
    opslimit: cost.opslimit,
    memlimit: cost.memlimit,
    salt: Buffer.from(salt).toString('base64'),
  } satisfies z.infer<typeof PassphraseParamsSchema>);
  return { kek: argon2id(passphrase, salt, cost), params };
}

export function addPassphraseSlot(
  db: Db,
  vaultId: string,
  dataKey: Uint8Array,
  derived: DerivedPassphraseKey,
): void {
  writeSlot(db, vaultId, 'passphrase', derived.params, derived.kek, dataKey);
}

export function addRecoverySlot(db: Db, vaultId: string, dataKey: Uint8Array, recoveryKey: Uint8Array): void {
  const kek = recoveryKek(recoveryKey);
  try {
    writeSlot(db, vaultId, 'recovery', JSON.stringify({ v: 1, alg: 'blake2b-kek' }), kek, dataKey);
  } finally {
    wipe(kek);
  }
}

function tryUnwrap(vaultId: string, slot: SlotRow, kek: Uint8Array): Uint8Array | null {
  try {
    return open(kek, slot.wrapped_key, slotAssociatedData(vaultId, slot.id, slot.kind, slot.params));
  } catch (error) {
    if (error instanceof DecryptionError) return null;
    throw error;
  }
}

/**
 * Returns the data key, or throws BAD_PASSPHRASE. Slot parameters are checked against sane
 * bounds BEFORE running the KDF, so a tampered slot cannot make us allocate gigabytes.
 */
export function unwrapWithPassphrase(db: Db, vaultId: string, passphrase: string): Uint8Array {
  return unwrapSlotsWithPassphrase(readSlots(db), vaultId, passphrase);
}

/** As unwrapWithPassphrase, over slots read from elsewhere (a backup's header). */
export function unwrapSlotsWithPassphrase(
  allSlots: readonly SlotRow[],
  vaultId: string,
  passphrase: string,
): Uint8Array {
  const slots = allSlots.filter((slot) => slot.kind === 'passphrase');
  if (slots.length === 0) throw new AppError('VAULT_CORRUPT', 'the vault has no passphrase keyslot');
  let usable = 0;
  for (const slot of slots) {
    const parsed = PassphraseParamsSchema.safeParse(safeJson(slot.params));
    if (!parsed.success || !argon2idParamsAreSane(parsed.data)) continue;
    usable++;
    const kek = argon2id(passphrase, Buffer.from(parsed.data.salt, 'base64'), parsed.data);
    try {
      const dataKey = tryUnwrap(vaultId, slot, kek);
      if (dataKey) return dataKey;
    } finally {
      wipe(kek);
    }
  }
  if (usable === 0) {
    // Not the user's typo: say so, so they reach for the recovery key instead of retrying.
    throw new AppError(
      'VAULT_CORRUPT',
      'the passphrase keyslot is damaged or has unsafe parameters; the recovery key can still open the vault',
    );
  }
  throw new AppError('BAD_PASSPHRASE', 'the passphrase does not open this vault');
}

export function unwrapWithRecoveryKey(db: Db, vaultId: string, recoveryKey: Uint8Array): Uint8Array {
  return unwrapSlotsWithRecoveryKey(readSlots(db), vaultId, recoveryKey);
}

export function unwrapSlotsWithRecoveryKey(
  slots: readonly SlotRow[],
  vaultId: string,
  recoveryKey: Uint8Array,
): Uint8Array {
  const kek = recoveryKek(recoveryKey);
  try {
    for (const slot of slots) {
      if (slot.kind !== 'recovery') continue;
      if (!RecoveryParamsSchema.safeParse(safeJson(slot.params)).success) continue;
      const dataKey = tryUnwrap(vaultId, slot, kek);
      if (dataKey) return dataKey;
    }
  } finally {
    wipe(kek);
  }
  throw new AppError('BAD_PASSPHRASE', 'the recovery key does not open this vault');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
