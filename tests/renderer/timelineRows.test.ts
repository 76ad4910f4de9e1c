import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../shared/domain/entry';
import type { ExerciseSession } from '../../shared/domain/exercise';
import { timelineRows } from '../../renderer/src/features/journal/EntryList';

const entry = (id: string, createdAt: string): EntrySummary => ({
  damaged: false,
  id: id.padEnd(32, '0'),
  title: id,
  excerpt: '',
  tags: [],
  emotions: [],
  notForSharing: false,
  pinned: false,
  createdAt,
  updatedAt: createdAt,
});
const damaged = (id: string): EntrySummary => ({ damaged: true, id: id.padEnd(32, '0') });
const session = (id: string, startedAt: string): ExerciseSession => ({
  id: id.padEnd(32, '0'),
  kind: 'breathing-box',
  startedAt,
  durationSec: 240,
  completed: true,
  distressBefore: null,
  distressAfter: null,
});
const names = (rows: ReturnType<typeof timelineRows>) =>
  rows.map((r) =>
    r.kind === 'entry' ? r.entry.id.replace(/0+$/, '') : `s:${r.session.id.replace(/0+$/, '')}`,
  );

describe('the timeline: entries with the exercise sessions between them', () => {
  const entries = [entry('c', '2026-11-30T12:00:00Z'), damaged('d'), entry('b', '2026-11-20T12:00:00Z')];
  const sessions = [
    session('9', '2026-11-25T08:00:00Z'),
    session('1', '2026-12-01T08:00:00Z'),
    session('5', '2026-11-01T08:00:00Z'),
  ];

  it('places each session by date, newest first, a damaged entry staying where it was', () => {
    expect(names(timelineRows(entries, sessions, false))).toEqual(['s:1', 'c', 'd', 's:9', 'b', 's:5']);
  });

  it('leaves out sessions older than the oldest entry shown while more entries can load', () => {
    expect(names(timelineRows(entries, sessions, true))).toEqual(['s:1', 'c', 'd', 's:9', 'b']);
  });

  it('shows sessions alone when there is no entry, and nothing when both are empty', () => {
    expect(names(timelineRows([], sessions, false))).toEqual(['s:1', 's:9', 's:5']);
    expect(timelineRows([], [], false)).toEqual([]);
  });
});
