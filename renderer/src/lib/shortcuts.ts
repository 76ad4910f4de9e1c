/** The modifier for keyboard shortcuts as the user knows it: ⌘ on a Mac, Ctrl elsewhere. */
export const MODIFIER_LABEL = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

/** Ctrl on Windows and Linux, ⌘ on a Mac; both are accepted everywhere. */
export function hasModifier(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey;
}
