/**
 * Quality of the warning-sign engine on the labelled fixtures (tests/fixtures/warningSigns):
 * recall on the risk lines (each must match its own category) and the false-positive rate on
 * ordinary journal lines (any match at all counts), per language. Exported for the bench report;
 * tests/shared/warningSigns.test.ts holds the thresholds.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  findWarningSigns,
  type WarningCategory,
  WARNING_CATEGORIES,
} from '../../shared/insights/warningSigns';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/warningSigns');

/** The fixture languages. */
export const EVAL_LANGS = ['en', 'fr'] as const;
/** One fixture language. */
export type EvalLang = (typeof EVAL_LANGS)[number];

/** A labelled risk line. */
export interface RiskLine {
  readonly category: WarningCategory;
  readonly text: string;
}

function lines(file: string): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** Reads risk.<lang>.txt ("category<TAB>sentence" per line); throws on an unknown category. */
export function readRiskLines(lang: EvalLang): RiskLine[] {
  return lines(`risk.${lang}.txt`).map((line, i) => {
    const tab = line.indexOf('\t');
    const category = line.slice(0, tab);
    if (tab < 0 || !(WARNING_CATEGORIES as readonly string[]).includes(category)) {
      throw new Error(`risk.${lang}.txt line ${i + 1}: expected "category<TAB>sentence"`);
    }
    return { category: category as WarningCategory, text: line.slice(tab + 1).trim() };
  });
}

/** Reads ordinary.<lang>.txt (one ordinary journal sentence per line). */
export function readOrdinaryLines(lang: EvalLang): string[] {
  return lines(`ordinary.${lang}.txt`);
}

/** Risk lines the engine misses (no match in the expected category). */
export function missedRiskLines(lang: EvalLang): RiskLine[] {
  return readRiskLines(lang).filter(
    (line) => !findWarningSigns(line.text).some((m) => m.category === line.category),
  );
}

/** Ordinary lines the engine flags, with what it matched. */
export function flaggedOrdinaryLines(lang: EvalLang): { text: string; matched: string[] }[] {
  return readOrdinaryLines(lang)
    .map((text) => ({ text, matched: findWarningSigns(text).map((m) => `${m.ruleId}: "${m.excerpt}"`) }))
    .filter((r) => r.matched.length > 0);
}

/** Recall and false-positive rate per language, with the fixture sizes they were measured on. */
export function evaluateWarningSigns(): Record<
  'en' | 'fr',
  { recall: number; false_positive_rate: number; risk: number; ordinary: number }
> {
  const result = {} as Record<
    EvalLang,
    { recall: number; false_positive_rate: number; risk: number; ordinary: number }
  >;
  for (const lang of EVAL_LANGS) {
    const risk = readRiskLines(lang).length;
    const ordinary = readOrdinaryLines(lang).length;
    result[lang] = {
      recall: risk === 0 ? 0 : (risk - missedRiskLines(lang).length) / risk,
      false_positive_rate: ordinary === 0 ? 0 : flaggedOrdinaryLines(lang).length / ordinary,
      risk,
      ordinary,
    };
  }
  return result;
}
