import path from 'node:path';
import type { SelfCheck } from '../../../../shared/content/scales';
import type { Checkin } from '../../../../shared/domain/checkin';
import type { Entry } from '../../../../shared/domain/entry';
import type { ExportSelection } from '../../../../shared/exchange/exportSelection';
import type { ImportOptions, LocalDateTime } from '../../../../electron/core/exchange/import/importLimits';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/import');

/** Wall-clock times read as UTC, so results do not depend on the machine's zone. */
export function utcWallClock(p: LocalDateTime): Date {
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

export const NOW = new Date('2026-03-12T12:00:00.000Z');

export function importOptions(extra: ImportOptions = {}): ImportOptions {
  return { now: () => NOW, localTime: utcWallClock, ...extra };
}

let counter = 0;
export function hexId(): string {
  counter += 1;
  return counter.toString(16).padStart(32, '0');
}

export function entry(fields: Partial<Entry> = {}): Entry {
  return {
    id: hexId(),
    title: 'A title',
    body: 'A body.',
    emotions: [],
    tags: [],
    notForSharing: false,
    pinned: false,
    createdAt: '2026-03-05T17:30:00.000Z',
    updatedAt: '2026-03-05T17:30:00.000Z',
    ...fields,
  };
}

export function checkin(fields: Partial<Checkin> = {}): Checkin {
  return {
    id: hexId(),
    at: '2026-03-06T08:00:00.000Z',
    valence: -1,
    energy: 2,
    labels: [{ id: 'stress', intensity: 6 }],
    note: 'Avant la réunion.',
    context: ['work'],
    ...fields,
  };
}

export function selfCheck(fields: Partial<SelfCheck> = {}): SelfCheck {
  return {
    id: hexId(),
    at: '2026-03-07T09:00:00.000Z',
    scale: 'phq9',
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    score: 8,
    band: 'mild',
    version: 'PHQ-9 (Kroenke, Spitzer & Williams 2001)',
    ...fields,
  };
}

export function selection(fields: Partial<ExportSelection> = {}): ExportSelection {
  return {
    entries: [entry()],
    redactions: {},
    lang: 'en',
    exportedAt: '2026-03-12T10:00:00.000Z',
    timeZone: 'Europe/Paris',
    ...fields,
  };
}

/** A real 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
