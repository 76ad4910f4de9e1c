import { z } from 'zod';
import { IsoInstantSchema } from './entry';

/**
 * Scheduled automatic backups: while the journal is unlocked, an encrypted `.alcove` file of it
 * is written to a folder the user chose, daily or weekly, keeping the newest N. They open with
 * the journal's passphrase or recovery key (as they were when the backup was made).
 */
export const AUTO_BACKUP_FREQUENCIES = ['daily', 'weekly'] as const;
export const AutoBackupFrequencySchema = z.enum(AUTO_BACKUP_FREQUENCIES);
export type AutoBackupFrequency = z.infer<typeof AutoBackupFrequencySchema>;

export const MIN_GENERATIONS = 1;
export const MAX_GENERATIONS = 52;
export const DEFAULT_GENERATIONS = 7;

export const GenerationsSchema = z.number().int().min(MIN_GENERATIONS).max(MAX_GENERATIONS);

/** An absolute path, only ever set by the core from a native folder dialog. */
const FolderSchema = z.string().min(1).max(4096);
const FileNameSchema = z.string().min(1).max(255);

export const AutoBackupSettingsSchema = z.object({
  enabled: z.boolean(),
  folder: FolderSchema.nullable(),
  frequency: AutoBackupFrequencySchema,
  generations: GenerationsSchema,
});
export type AutoBackupSettings = z.infer<typeof AutoBackupSettingsSchema>;

export const DEFAULT_AUTO_BACKUP_SETTINGS: AutoBackupSettings = {
  enabled: false,
  folder: null,
  frequency: 'daily',
  generations: DEFAULT_GENERATIONS,
};

/**
 * Why a backup could not be written, as the UI says it: the folder is gone (a drive unplugged),
 * writing there is not allowed (permissions, read-only), the disk is full, or something else.
 */
export const AUTO_BACKUP_PROBLEMS = ['missing', 'not-allowed', 'full', 'other'] as const;
export const AutoBackupProblemSchema = z.enum(AUTO_BACKUP_PROBLEMS);
export type AutoBackupProblem = z.infer<typeof AutoBackupProblemSchema>;

/** The last attempt, kept encrypted in the vault; `message` is technical (an errno, a path), never content. */
export const AutoBackupAttemptSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('written'),
    at: IsoInstantSchema,
    fileName: FileNameSchema,
    bytes: z.number().int().positive(),
    /** Automatic backups of this journal left in the folder after older ones were removed. */
    kept: z.number().int().nonnegative(),
  }),
  z.object({
    outcome: z.literal('failed'),
    at: IsoInstantSchema,
    fileName: FileNameSchema,
    problem: AutoBackupProblemSchema,
    message: z.string().max(500),
  }),
]);
export type AutoBackupAttempt = z.infer<typeof AutoBackupAttemptSchema>;

/** The one encrypted document: the settings, the last attempt and the last success. */
export const AutoBackupRecordSchema = AutoBackupSettingsSchema.extend({
  lastAttempt: AutoBackupAttemptSchema.nullable(),
  /** When a backup was last written: what "due" is measured from. */
  lastWrittenAt: IsoInstantSchema.nullable(),
});
export type AutoBackupRecord = z.infer<typeof AutoBackupRecordSchema>;

export const EMPTY_AUTO_BACKUP_RECORD: AutoBackupRecord = {
  ...DEFAULT_AUTO_BACKUP_SETTINGS,
  lastAttempt: null,
  lastWrittenAt: null,
};

/** What the renderer sees: the record, and whether a backup is being written right now. */
export const AutoBackupStatusSchema = AutoBackupRecordSchema.extend({ running: z.boolean() });
export type AutoBackupStatus = z.infer<typeof AutoBackupStatusSchema>;

/**
 * What the renderer may change. Strict, and without `folder`: the folder comes only from the
 * native dialog the main process shows ('autoBackup:chooseFolder').
 */
export const AutoBackupPatchSchema = z.strictObject({
  enabled: z.boolean().optional(),
  frequency: AutoBackupFrequencySchema.optional(),
  generations: GenerationsSchema.optional(),
});
export type AutoBackupPatch = z.infer<typeof AutoBackupPatchSchema>;
