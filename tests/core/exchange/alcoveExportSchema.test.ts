import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '../../../shared/domain/entry';
import { AlcoveExportSchema, alcoveExportJsonSchema } from '../../../shared/exchange/alcoveExport';
import { FIXTURES } from './support/samples';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../docs/alcove-export.schema.json');
const sample = () => JSON.parse(fs.readFileSync(path.join(FIXTURES, 'alcove/export-v1.json'), 'utf8'));

describe('the Alcove export format', () => {
  it('is published as the JSON Schema the code generates (regenerate with UPDATE_EXPORT_SCHEMA=1, then prettier)', () => {
    const generated = alcoveExportJsonSchema();
    if (process.env.UPDATE_EXPORT_SCHEMA === '1')
      fs.writeFileSync(SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`);
    // Compared as data, so formatting the file with prettier does not count as drift.
    expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(generated);
  });

  it('documents strict, bounded objects', () => {
    const schema = alcoveExportJsonSchema() as {
      additionalProperties: boolean;
      properties: { entries: { maxItems: number; items: { properties: { body: { maxLength: number } } } } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.entries.maxItems).toBe(100_000);
    expect(schema.properties.entries.items.properties.body.maxLength).toBe(MAX_BODY_CHARS);
  });

  it('accepts the hand-written sample export', () => {
    expect(AlcoveExportSchema.safeParse(sample()).success).toBe(true);
  });

  it('refuses unknown keys, wrong types, oversized text and impossible answers, naming where', () => {
    const cases: Array<[string, (doc: ReturnType<typeof sample>) => void, string]> = [
      ['an unknown key', (d) => (d.extra = 1), ''],
      ['an unknown key in an entry', (d) => (d.entries[0].mood = 'x'), 'entries.0'],
      ['a number for a title', (d) => (d.entries[0].title = 5), 'entries.0.title'],
      [
        'a body over the limit',
        (d) => (d.entries[0].body = 'x'.repeat(MAX_BODY_CHARS + 1)),
        'entries.0.body',
      ],
      ['a date that is not ISO', (d) => (d.entries[0].createdAt = '5 March 2026'), 'entries.0.createdAt'],
      [
        'an intensity of 11',
        (d) => (d.entries[0].emotions[0].intensity = 11),
        'entries.0.emotions.0.intensity',
      ],
      ['a WHO-5 with four answers', (d) => (d.selfChecks[0].answers = [1, 2, 3, 4]), 'selfChecks.0.answers'],
      ['another version', (d) => (d.version = 2), 'version'],
    ];
    for (const [what, change, where] of cases) {
      const doc = sample();
      change(doc);
      const result = AlcoveExportSchema.safeParse(doc);
      expect(result.success, what).toBe(false);
      expect(result.error?.issues[0]?.path.join('.'), what).toBe(where);
    }
  });
});
