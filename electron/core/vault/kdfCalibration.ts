import { ARGON2_FLOOR, type Argon2Params } from '../crypto/sodium';
import { derivePassphraseKek, type DerivedPassphraseKey } from './keyslots';

/**
 * 'calibrated' aims each new passphrase slot at 0.5–1 s of Argon2id on this machine, starting
 * from (3, 256 MiB). 'floor' uses the minimum we ever accept, (2, 64 MiB): still a real
 * Argon2id, used where many vaults are created (tests, benchmarks).
 */
export type KdfProfile = 'calibrated' | 'floor';

const START: Argon2Params = { opslimit: 3, memlimit: 256 * 1024 * 1024 };
/**
 * Calibration rounds after the first run warm (the worker's WASM memory has already grown),
 * but every unlock runs cold in a fresh worker and pays more (about 0.3 s here). Aiming the warm
 * time at 0.4–0.65 s puts the whole unlock (worker start, WASM compile, cold KDF) inside SECURITY.md's 0.5–1 s.
 */
const TARGET_MIN_MS = 400;
const TARGET_MAX_MS = 650;
const MAX_ROUNDS = 4;

export function deriveCalibrated(
  passphrase: string,
  profile: KdfProfile,
  clockMs: () => number = () => performance.now(),
): DerivedPassphraseKey {
  if (profile === 'floor') return derivePassphraseKek(passphrase, ARGON2_FLOOR);
  let cost = START;
  let derived: DerivedPassphraseKey | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const started = clockMs();
    derived = derivePassphraseKek(passphrase, cost);
    const elapsed = clockMs() - started;
    const next = adjust(cost, elapsed);
    if (!next) break;
    derived.kek.fill(0);
    cost = next;
  }
  return derived!;
}

/** The next cost to try, or null when this one is in range (or cannot go lower). */
export function adjust(cost: Argon2Params, elapsedMs: number): Argon2Params | null {
  if (elapsedMs < TARGET_MIN_MS) {
    const factor = (TARGET_MIN_MS + TARGET_MAX_MS) / 2 / Math.max(elapsedMs, 1);
    return {
      ...cost,
      opslimit: Math.min(20, Math.max(cost.opslimit + 1, Math.round(cost.opslimit * factor))),
    };
  }
  if (elapsedMs > TARGET_MAX_MS) {
    if (cost.memlimit > ARGON2_FLOOR.memlimit) return { ...cost, memlimit: cost.memlimit / 2 };
    if (cost.opslimit > ARGON2_FLOOR.opslimit) return { ...cost, opslimit: cost.opslimit - 1 };
  }
  return null;
}
