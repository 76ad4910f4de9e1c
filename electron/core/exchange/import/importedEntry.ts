import type { Feeling } from '../../../../shared/domain/feelings';
import type { Worksheet } from '../../../../shared/domain/worksheet';
import type { PromptRef } from '../../../../shared/domain/entry';
import type { ImportedEntry } from '../../../../shared/exchange/importResult';
import { ImportError } from './importError';
import type { ImportLimits } from './importLimits';

const MAX_TAG_CHARS = 100;
const MAX_TAGS = 100;

/** Tags without their "@"/"#" sign, trimmed, each once, bounded. */
export function cleanTags(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/^[@#]/, '').trim().slice(0, MAX_TAG_CHARS);
    if (clean !== '') out.add(clean);
    if (out.size === MAX_TAGS) break;
  }
  return [...out];
}

/**
 * An entry from another app, within Alcove's limits. A body longer than Alcove's limit refuses
 * the whole file (only a crafted or broken file has one). A title longer than Alcove's is not
 * cut: it moves to the top of the body, so no word is lost.
 */
export function importedEntry(
  fields: {
    title: string;
    body: string;
    createdAt: string;
    updatedAt?: string;
    emotions?: Feeling[];
    tags?: readonly string[];
    worksheet?: Worksheet | undefined;
    prompt?: PromptRef | undefined;
  },
  limits: ImportLimits,
  where: string,
  images: { name: string; bytes: Uint8Array }[] = [],
): ImportedEntry {
  let title = fields.title.replace(/[\r\n]+/g, ' ').trim();
  let body = fields.body;
  if (title.length > limits.maxTitleChars) {
    const original = fields.title.trim();
    body = body === '' ? original : `${original}\n\n${body}`;
    title = '';
  }
  if (body.length > limits.maxBodyChars) {
    throw new ImportError(
      'import.textTooLong',
      `${where} is ${body.length} characters long, more than the ${limits.maxBodyChars} an entry may hold`,
    );
  }
  return {
    title,
    body,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt ?? fields.createdAt,
    emotions: fields.emotions ?? [],
    tags: cleanTags(fields.tags ?? []),
    ...(images.length > 0 ? { images } : {}),
    ...(fields.worksheet ? { worksheet: fields.worksheet } : {}),
    ...(fields.prompt ? { prompt: fields.prompt } : {}),
  };
}
