import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings';
import { EMPTY_SAFETY_PLAN, SafetyPlanSchema, type SafetyPlan } from '../../../shared/domain/safety';
import type { DocumentStore } from './documentStore';

const PREFERENCES = 'preferences';
const SAFETY_PLAN = 'safety-plan';

/** The user's settings: one encrypted document, defaults until first changed. */
export class SettingsRepository {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  get(): Settings {
    const stored = this.#documents.read(PREFERENCES);
    // Field by field: one missing (an older vault) or unreadable (a newer one) falls back to its
    // default on its own, and never takes the other settings down with it.
    const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
      const field = schema.safeParse(record[key]);
      if (field.success) settings[key] = field.data;
    }
    return settings as Settings;
  }

  update(patch: SettingsPatch): Settings {
    const next = SettingsSchema.parse({ ...this.#currentOrDefaults(), ...patch });
    this.#documents.write(PREFERENCES, next);
    return next;
  }

  /** Damaged settings can be overwritten: the user is choosing new values anyway. */
  #currentOrDefaults(): Settings {
    try {
      return this.get();
    } catch {
      return DEFAULT_SETTINGS;
    }
  }
}

/** The personal safety plan the user writes on the safety screen; empty until first saved. */
export class SafetyPlanRepository {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  get(): SafetyPlan {
    const stored = this.#documents.read(SAFETY_PLAN);
    if (stored === undefined) return EMPTY_SAFETY_PLAN;
    const parsed = SafetyPlanSchema.safeParse(stored);
    return parsed.success ? parsed.data : EMPTY_SAFETY_PLAN;
  }

  save(plan: SafetyPlan, nowIso: string): SafetyPlan {
    const next = SafetyPlanSchema.parse({ ...plan, updatedAt: nowIso });
    this.#documents.write(SAFETY_PLAN, next);
    return next;
  }
}
