/** The modifier for keyboard shortcuts as the user knows it: ⌘ on a Mac, Ctrl elsewhere. */
export const MODIFIER_LABEL = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

/** Ctrl on Windows and Linux, ⌘ on a Mac; both are accepted everywhere. */
export function hasModifier(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey;
}

/** Ctrl/⌘+Shift+H: lock and hide at once (the Electron menu hides the window on the same keys). */
export function isQuickHide(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  key: string;
}): boolean {
  return hasModifier(event) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'h';
}
