/** A nested object of translated strings, as i18next resources are. */
export type StringTree = { [key: string]: string | StringTree };

/** Every string of a tree by its dotted key ('safety.plan.save' → '…'). */
export function flattenStrings(tree: StringTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenStrings(value, path)) out.set(k, v);
  }
  return out;
}
