import { useEffect, useState } from 'react';

/** The class on <body> that the stylesheet reads (editor.css): chrome and timeline hidden. */
export const FOCUS_CLASS = 'focus-writing';

/**
 * Focus mode: only the text on screen. Held by the composer, so it ends when the composer
 * leaves the page (a lock, another pane) and nothing outside the composer needs to know.
 */
export function useFocusMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!on) return;
    document.body.classList.add(FOCUS_CLASS);
    return () => document.body.classList.remove(FOCUS_CLASS);
  }, [on]);
  return [on, setOn];
}

/** Ctrl/⌘+Shift+F. */
export function isFocusToggle(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  key: string;
}): boolean {
  return (
    (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f'
  );
}
