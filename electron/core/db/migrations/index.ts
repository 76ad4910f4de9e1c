import type Database from 'better-sqlite3';
import { m001Initial } from './001_initial';
import { m002Settings } from './002_settings';
import { m003Attachments } from './003_attachments';
import { m004Snapshots } from './004_snapshots';
import { m005Checkins } from './005_checkins';
import { m006SelfChecks } from './006_selfchecks';
import { m007Exercises } from './007_exercises';
import { m008Worksheets } from './008_worksheets';
import { m009Tags } from './009_tags';
import { m010Couple } from './010_couple';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

/** Append-only: never edit a shipped migration, add the next number. */
export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002Settings,
  m003Attachments,
  m004Snapshots,
  m005Checkins,
  m006SelfChecks,
  m007Exercises,
  m008Worksheets,
  m009Tags,
  m010Couple,
];
