import { lazy, Suspense } from 'react';
import './markdown.css';

const MarkdownRenderer = lazy(() => import('./MarkdownRenderer'));

/**
 * An entry's text rendered from Markdown, safely: no raw HTML, links shown but never followed,
 * only the vault's own images. The renderer loads on first use; until then the text shows as
 * written, so nothing waits on it.
 */
export function MarkdownView({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <Suspense fallback={<div className="markdown-plain">{text}</div>}>
        <MarkdownRenderer text={text} />
      </Suspense>
    </div>
  );
}
