import fs from 'node:fs';
import type { z } from 'zod';
import { PROMPT_PACKS } from '../../../shared/content/prompts';
import { MAX_PACK_FILE_BYTES } from '../../../shared/content/prompts/schema';
import {
  UNSAFE_TEXT_MESSAGE,
  UserPromptPackSchema,
  type PackProblem,
  type PackProblemKind,
  type UserPromptPackFile,
  type UserPack,
} from '../../../shared/content/prompts/userPack';
import { checkJsonDepth, decodeUtf8 } from '../exchange/import/safeJson';

/** A pack has a handful of levels (pack → prompts → prompt → text); anything deeper is not a pack. */
export const MAX_PACK_DEPTH = 8;

const SHIPPED_PACK_IDS: ReadonlySet<string> = new Set(PROMPT_PACKS.map((p) => p.id));
const SHIPPED_PROMPT_IDS: ReadonlySet<string> = new Set(
  PROMPT_PACKS.flatMap((p) => p.prompts.map((q) => q.id)),
);

/**
 * A pack file refused as a whole, with every problem found (nothing of it is imported). The message
 * lists them in English for the log; `problems` is what the screen translates. Neither ever holds the
 * file's text: only where each problem is, and counts or limits.
 */
export class PackError extends Error {
  readonly code = 'BAD_PACK' as const;
  readonly problems: readonly PackProblem[];

  constructor(problems: readonly PackProblem[]) {
    super(`the prompt pack was refused: ${problems.map(describePackProblem).join('; ')}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}

/** "prompts[3].text.fr: too long (412 > 400 characters)" — English, for messages and logs. */
export function describePackProblem(p: PackProblem): string {
  const what = ((): string => {
    switch (p.kind) {
      case 'tooLarge':
        return `too large (${p.actual} > ${p.limit} bytes)`;
      case 'notUtf8':
        return 'not UTF-8 text';
      case 'tooDeep':
        return `nested more than ${p.limit} levels deep`;
      case 'notJson':
        return 'not valid JSON';
      case 'missing':
        return `missing (expected ${p.limit})`;
      case 'wrongType':
        return `wrong type (${p.found} instead of ${p.limit})`;
      case 'unknownKey':
        return 'unknown key';
      case 'tooLong':
        return `too long (${p.actual} > ${p.limit} characters)`;
      case 'tooShort':
        return `too short (${p.actual} < ${p.limit} characters)`;
      case 'tooMany':
        return `too many (${p.actual} > ${p.limit})`;
      case 'tooFew':
        return `too few (${p.actual} < ${p.limit})`;
      case 'notAllowed':
        return `not an allowed value (expected ${p.limit})`;
      case 'notAnId':
        return 'not an id (lowercase letters, digits and dashes)';
      case 'unsafeText':
        return UNSAFE_TEXT_MESSAGE;
      case 'whitespace':
        return 'starts or ends with a space';
      case 'noLanguage':
        return 'needs English ("en"), French ("fr") or both';
      case 'duplicateId':
        return 'the same id is used twice';
      case 'shippedId':
        return 'this id belongs to a pack or prompt that comes with Alcove';
      case 'tooManyPacks':
        return `you already have ${p.limit} packs; delete one first`;
      case 'alreadyImported':
        return `this pack is already among yours (“${p.limit}”)`;
      case 'invalid':
        return 'not valid';
    }
  })();
  return p.where === '' ? what : `${p.where}: ${what}`;
}

/**
 * A key as it may appear in a path shown to the user: short, and with anything unusual escaped, so a
 * hostile key cannot smuggle control or bidi characters (or a wall of text) onto the screen.
 */
function showKey(key: string): string {
  if (/^[A-Za-z0-9_$-]{1,40}$/.test(key)) return key;
  const escaped = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `[${escaped}]`;
}

/** `prompts[3].text.fr` from ['prompts', 3, 'text', 'fr']. */
export function packPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = showKey(String(part));
      out += key.startsWith('[') || out === '' ? key : `.${key}`;
    }
  }
  return out;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function typeName(value: unknown): NonNullable<PackProblem['found']> {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** One zod issue as the problems a person can act on (an unknown-keys issue names each key). */
function problemsOf(issue: z.core.$ZodIssue, json: unknown): PackProblem[] {
  const where = packPath(issue.path);
  const value = valueAt(json, issue.path);
  const size = (v: unknown) => (typeof v === 'string' || Array.isArray(v) ? v.length : undefined);
  const kind = (k: PackProblemKind, extra: Partial<PackProblem> = {}): PackProblem[] => [
    { where, kind: k, ...extra },
  ];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ where: packPath([...issue.path, key]), kind: 'unknownKey' }));
    case 'invalid_type':
      return value === undefined
        ? kind('missing', { limit: issue.expected })
        : kind('wrongType', { limit: issue.expected, found: typeName(value) });
    case 'too_big':
      return kind(issue.origin === 'array' ? 'tooMany' : 'tooLong', {
        limit: Number(issue.maximum),
        ...(size(value) === undefined ? {} : { actual: size(value)! }),
      });
    case 'too_small':
      return kind(issue.origin === 'array' ? 'tooFew' : 'tooShort', {
        limit: Number(issue.minimum),
        ...(size(value) === undefined ? {} : { actual: size(value)! }),
      });
    case 'invalid_value':
      return kind('notAllowed', { limit: issue.values.map((v) => String(v)).join(', ') });
    case 'invalid_format':
      return kind(issue.message === UNSAFE_TEXT_MESSAGE ? 'unsafeText' : 'notAnId');
    case 'custom': {
      const named = (issue.params as { kind?: PackProblemKind } | undefined)?.kind;
      return kind(named ?? 'invalid');
    }
    default:
      return kind('invalid');
  }
}

/** Ids a file may carry: unique, and never those of the packs and prompts Alcove ships. */
function idProblems(json: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const packId = valueAt(json, ['id']);
  if (typeof packId === 'string' && SHIPPED_PACK_IDS.has(packId))
    problems.push({ where: 'id', kind: 'shippedId' });
  const prompts = valueAt(json, ['prompts']);
  if (!Array.isArray(prompts)) return problems;
  const seen = new Set<string>();
  prompts.forEach((prompt, i) => {
    const id = valueAt(prompt, ['id']);
    if (typeof id !== 'string') return;
    if (SHIPPED_PROMPT_IDS.has(id)) problems.push({ where: `prompts[${i}].id`, kind: 'shippedId' });
    else if (seen.has(id)) problems.push({ where: `prompts[${i}].id`, kind: 'duplicateId' });
    seen.add(id);
  });
  return problems;
}

/** Every problem of a parsed JSON value as a pack file, in file order; [] when it is a valid pack. */
export function packProblems(json: unknown): PackProblem[] {
  const parsed = UserPromptPackSchema.safeParse(json);
  const problems = parsed.success ? [] : parsed.error.issues.flatMap((issue) => problemsOf(issue, json));
  return [...problems, ...idProblems(json)];
}

/**
 * Bytes → a valid pack, or a PackError listing every problem. The limits come first, each before the
 * work it guards: size before decoding, UTF-8 before parsing, depth before JSON.parse.
 */
export function parsePackFile(bytes: Uint8Array): UserPromptPackFile {
  if (bytes.length > MAX_PACK_FILE_BYTES) {
    throw new PackError([{ where: '', kind: 'tooLarge', limit: MAX_PACK_FILE_BYTES, actual: bytes.length }]);
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, 'the pack');
  } catch {
    throw new PackError([{ where: '', kind: 'notUtf8' }]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    checkJsonDepth(text, MAX_PACK_DEPTH);
  } catch {
    throw new PackError([{ where: '', kind: 'tooDeep', limit: MAX_PACK_DEPTH }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    // JSON.parse's own message quotes the text around the error: the pack's text stays out of it.
    throw new PackError([{ where: '', kind: 'notJson' }]);
  }
  const problems = packProblems(json);
  if (problems.length > 0) throw new PackError(problems);
  return UserPromptPackSchema.parse(json);
}

/**
 * Reads the file the user picked, never more than MAX_PACK_FILE_BYTES + 1 bytes: a bigger file is
 * refused from its size before any of it is read, and one that grows while being read is still caught.
 */
export function readPackFile(file: string): Uint8Array {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new PackError([{ where: '', kind: 'notJson' }]);
  if (stat.size > MAX_PACK_FILE_BYTES) {
    throw new PackError([{ where: '', kind: 'tooLarge', limit: MAX_PACK_FILE_BYTES, actual: stat.size }]);
  }
  const buffer = Buffer.alloc(MAX_PACK_FILE_BYTES + 1);
  const fd = fs.openSync(file, 'r');
  try {
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0 || read + n >= buffer.length) {
        read += n;
        break;
      }
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

type PackContent = Pick<UserPack, 'name' | 'description' | 'framework' | 'prompts'>;

/** Whether two packs say the same thing (names, description, framework, prompts), whatever their ids. */
export function samePackContent(a: PackContent, b: PackContent): boolean {
  const content = ({ name, description, framework, prompts }: PackContent) =>
    canonical({ name, description, framework, prompts });
  return content(a) === content(b);
}

/** JSON with object keys sorted, so key order in a file does not make two packs differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
