import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether a bar's buttons must show their icons alone to keep to one line (their words stay
 * their accessible names and tooltips). Measured, not guessed from the window's width: what fits
 * depends on the language and the text size as much as on the window. The bar must not wrap
 * (`flex-wrap: nowrap; min-width: 0`), so its content overflows it instead, which is measurable.
 */
export function useCompactBar(bar: RefObject<HTMLElement | null>, language: string): boolean {
  /** The root's style changes with the text size (see lib/fontSize.ts). */
  const [textSize, setTextSize] = useState(0);
  useEffect(() => {
    const watcher = new MutationObserver(() => setTextSize((n) => n + 1));
    watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    return () => watcher.disconnect();
  }, []);
  // Icons alone were chosen for this language and text size; another one shows the words again.
  const key = `${language} ${textSize}`;
  const [compactFor, setCompactFor] = useState<string | null>(null);
  const compact = compactFor === key;
  /** The width the bar needs with its words, measured the last time they did not fit. */
  const needed = useRef(0);

  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const check = () => {
      if (!compact) {
        if (element.scrollWidth > element.clientWidth + 1) {
          needed.current = element.scrollWidth;
          setCompactFor(key);
        }
      } else if (element.clientWidth >= needed.current) {
        setCompactFor(null);
      }
    };
    // The observer calls back once at the start, then on every change of the bar's size.
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [bar, compact, key]);

  return compact;
}
