import type { z } from 'zod';

/** `entries[3].createdAt` from zod's ['entries', 3, 'createdAt']. */
export function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

const MAX_MESSAGE_CHARS = 200;

/**
 * The first few problems, each with where it is. zod's messages name the expected shape and
 * the type received, never the value, so no journal text ends up in an error or a log.
 */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues
    .slice(0, max)
    .map((issue) => `${pathOf(issue.path)}: ${issue.message}`.slice(0, MAX_MESSAGE_CHARS));
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
