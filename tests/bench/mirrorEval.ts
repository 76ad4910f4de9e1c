/**
 * Quality of the mirror (shared/insights/mirror.ts) on labelled sentences, per language: precision
 * (suggestions that match a gold label) and recall (gold labels suggested). Two sets live in
 * tests/fixtures/mirror: `dev` is ours, used for tuning; `eval` is written blind to the engine by
 * someone else and only ever measured (tests/bench/run.ts), never tuned against.
 *
 * Line format: `labels<TAB>sentence`. Labels are comma-separated slots; a slot is one or more
 * catalogue ids joined by "|", any one of which counts; "-" means nothing should be suggested.
 * Blank lines and lines starting with "#" are ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EMOTIONS, SPECIAL_LABELS } from '../../shared/content/emotions';
import { suggestEmotions } from '../../shared/insights/mirror';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/mirror');

/** The languages each set comes in. */
export const MIRROR_LANGS = ['en', 'fr'] as const;
/** One language of a set. */
export type MirrorLang = (typeof MIRROR_LANGS)[number];
/** `dev` for tuning, `eval` held out. */
export type MirrorSetName = 'dev' | 'eval';

/** A labelled sentence. */
export interface MirrorCase {
  /** Line number in its file, for messages. */
  readonly line: number;
  readonly text: string;
  /** Gold slots; empty when nothing should be suggested. */
  readonly slots: readonly (readonly string[])[];
}

/** Figures for one language of one set. */
export interface MirrorScores {
  precision: number;
  recall: number;
  /** Labelled sentences read. */
  sentences: number;
  /** Suggestions the engine made over all sentences. */
  suggested: number;
  /** Gold slots over all sentences. */
  gold: number;
}

const KNOWN_IDS: ReadonlySet<string> = new Set([...EMOTIONS, ...SPECIAL_LABELS].map((l) => l.id));

/** The fixture file of one set and language. */
export function mirrorSetPath(lang: MirrorLang, set: MirrorSetName): string {
  return path.join(FIXTURES, `${set}.${lang}.txt`);
}

/** Parses a set's text; throws on a malformed line or an unknown id, naming the file and line. */
export function parseMirrorSet(content: string, file: string): MirrorCase[] {
  const cases: MirrorCase[] = [];
  content.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const trimmed = rawLine.trim();
    if (trimmed.length === 0 || trimmed.startsWith('#')) return;
    const fail = (why: string): never => {
      throw new Error(`${file} line ${line}: ${why}`);
    };
    const tab = rawLine.indexOf('\t');
    if (tab < 0) fail('expected "labels<TAB>sentence"');
    const labels = rawLine.slice(0, tab).trim();
    const text = rawLine.slice(tab + 1).trim();
    if (labels.length === 0) fail('missing labels (use "-" when nothing should be suggested)');
    if (text.length === 0) fail('missing sentence');
    if (labels === '-') {
      cases.push({ line, text, slots: [] });
      return;
    }
    const slots = labels.split(',').map((slot) =>
      slot.split('|').map((id) => {
        const trimmedId = id.trim();
        if (trimmedId.length === 0) fail(`empty label in "${labels}"`);
        if (!KNOWN_IDS.has(trimmedId)) fail(`unknown id "${trimmedId}"`);
        return trimmedId;
      }),
    );
    cases.push({ line, text, slots });
  });
  return cases;
}

/** Reads one set's file for one language; throws if it is missing or malformed. */
export function readMirrorSet(lang: MirrorLang, set: MirrorSetName): MirrorCase[] {
  const file = mirrorSetPath(lang, set);
  return parseMirrorSet(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file));
}

/** How one sentence fared: what was suggested, what was wrong, what was missed. */
export interface MirrorOutcome {
  readonly case: MirrorCase;
  readonly suggested: readonly string[];
  /** Suggestions in no gold slot. */
  readonly wrong: readonly string[];
  /** Gold slots none of whose ids was suggested. */
  readonly missed: readonly (readonly string[])[];
}

/** Runs the engine over labelled cases in one language. */
export function scoreMirrorCases(cases: readonly MirrorCase[], lang: MirrorLang): MirrorOutcome[] {
  return cases.map((c) => {
    const suggested = suggestEmotions(c.text, { lang }).map((s) => s.id);
    const gold = new Set(c.slots.flat());
    return {
      case: c,
      suggested,
      wrong: suggested.filter((id) => !gold.has(id)),
      missed: c.slots.filter((slot) => !slot.some((id) => suggested.includes(id))),
    };
  });
}

/** Precision and recall from outcomes; precision is 1 when nothing was suggested (nothing was wrong). */
export function summariseMirror(outcomes: readonly MirrorOutcome[]): MirrorScores {
  let suggested = 0;
  let correct = 0;
  let gold = 0;
  let recalled = 0;
  for (const o of outcomes) {
    suggested += o.suggested.length;
    correct += o.suggested.length - o.wrong.length;
    gold += o.case.slots.length;
    recalled += o.case.slots.length - o.missed.length;
  }
  return {
    precision: suggested === 0 ? 1 : correct / suggested,
    recall: gold === 0 ? 1 : recalled / gold,
    sentences: outcomes.length,
    suggested,
    gold,
  };
}

/**
 * Precision and recall per language on one set. For `eval`, a language whose file does not exist
 * yet is null; `dev` files must exist.
 */
export function evaluateMirror(set: MirrorSetName): Record<MirrorLang, MirrorScores | null> {
  const result = {} as Record<MirrorLang, MirrorScores | null>;
  for (const lang of MIRROR_LANGS) {
    if (set === 'eval' && !fs.existsSync(mirrorSetPath(lang, set))) {
      result[lang] = null;
      continue;
    }
    result[lang] = summariseMirror(scoreMirrorCases(readMirrorSet(lang, set), lang));
  }
  return result;
}

/** The bench's mirror table: held-out figures first, dev figures beside them. */
export function formatMirrorReport(
  heldOut: Record<MirrorLang, MirrorScores | null>,
  dev: Record<MirrorLang, MirrorScores | null>,
): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    'mirror (held-out set written blind; dev set used for tuning)',
    `  ${'lang'.padEnd(6)}${'set'.padEnd(6)}${'precision'.padStart(10)}${'recall'.padStart(9)}` +
      `${'sentences'.padStart(11)}${'suggested'.padStart(11)}${'gold'.padStart(7)}`,
  ];
  for (const lang of MIRROR_LANGS) {
    for (const [set, scores] of [
      ['eval', heldOut[lang]],
      ['dev', dev[lang]],
    ] as const) {
      const row = scores
        ? `${pct(scores.precision).padStart(10)}${pct(scores.recall).padStart(9)}` +
          `${String(scores.sentences).padStart(11)}${String(scores.suggested).padStart(11)}` +
          `${String(scores.gold).padStart(7)}`
        : '  (no file yet)';
      lines.push(`  ${lang.padEnd(6)}${set.padEnd(6)}${row}`);
    }
  }
  return lines.join('\n');
}
