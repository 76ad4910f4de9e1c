import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  USER_PACK_SCHEMA_FILE,
  UserPromptPackSchema,
  userPackJsonSchema,
} from '../../shared/content/prompts/userPack';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMA_FILE = path.join(ROOT, USER_PACK_SCHEMA_FILE);
const EXAMPLE_FILE = path.join(ROOT, 'docs/examples/prompt-pack.example.json');
const example = () => JSON.parse(fs.readFileSync(EXAMPLE_FILE, 'utf8'));

describe('the prompt pack file format', () => {
  it('is published as the JSON Schema the code generates (regenerate with UPDATE_PACK_SCHEMA=1, then prettier)', () => {
    const generated = userPackJsonSchema();
    if (process.env.UPDATE_PACK_SCHEMA === '1')
      fs.writeFileSync(SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`);
    // Compared as data, so formatting the file with prettier does not count as drift.
    expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(generated);
  });

  it('documents strict, bounded objects with at least one language per text', () => {
    const schema = userPackJsonSchema() as {
      additionalProperties: boolean;
      required: string[];
      properties: {
        prompts: {
          minItems: number;
          maxItems: number;
          items: { properties: { text: { minProperties: number; additionalProperties: boolean } } };
        };
      };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schemaVersion', 'name', 'prompts']);
    expect(schema.properties.prompts.minItems).toBe(1);
    expect(schema.properties.prompts.maxItems).toBe(200);
    expect(schema.properties.prompts.items.properties.text).toMatchObject({
      minProperties: 1,
      additionalProperties: false,
    });
  });

  it('accepts the example file, which points editors at the published schema', () => {
    const parsed = UserPromptPackSchema.parse(example());
    expect(parsed.$schema).toBe('../prompt-pack.schema.json');
    // One language is enough: the third prompt is written in French only.
    expect(parsed.prompts[2]?.text).toEqual({ fr: 'Qu’aimeriez-vous apporter à la prochaine séance\u00a0?' });
  });

  it('refuses a text in neither language, control and bidi-override characters, and lone surrogates', () => {
    const cases: Array<[string, (doc: ReturnType<typeof example>) => void, string]> = [
      ['no language', (d) => (d.prompts[0].text = {}), 'prompts.0.text'],
      ['a bidi override', (d) => (d.name.en = 'Safe\u202eelif'), 'name.en'],
      ['a bell character', (d) => (d.prompts[1].text.en = 'Ring\u0007 the bell'), 'prompts.1.text.en'],
      ['a lone surrogate', (d) => (d.prompts[1].text.fr = 'Un \ud800 seul'), 'prompts.1.text.fr'],
      ['no prompt at all', (d) => (d.prompts = []), 'prompts'],
      ['another schema version', (d) => (d.schemaVersion = 2), 'schemaVersion'],
    ];
    for (const [what, change, where] of cases) {
      const doc = example();
      change(doc);
      const result = UserPromptPackSchema.safeParse(doc);
      expect(result.success, what).toBe(false);
      expect(result.error?.issues[0]?.path.join('.'), what).toBe(where);
    }
  });

  it('keeps a line break, accents and emoji: only invisible controls are refused', () => {
    const doc = example();
    doc.prompts[0].text.en = 'Two lines,\nthen an emoji 🌱 and “quotes”.';
    expect(UserPromptPackSchema.safeParse(doc).success).toBe(true);
  });
});
