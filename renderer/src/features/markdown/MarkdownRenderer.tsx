import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { classifyImageSource, linkAddressToShow } from '../../../../shared/markdown/references';
import { AttachmentImage } from './AttachmentImage';

/** The text a link's children render to, for comparing with its address. */
function plainText(children: ComponentProps<'a'>['children']): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map((child) => plainText(child as never)).join('');
  return '';
}

/** An entry's headings sit under the entry's own title (an h2): `#` becomes an h3, and so on. */
const shifted = (level: 3 | 4 | 5 | 6): Components['h1'] =>
  function Heading({ node: _node, ...props }) {
    const Tag = `h${level}` as const;
    return <Tag {...props} />;
  };

function useComponents(): Components {
  const { t } = useTranslation();
  return {
    h1: shifted(3),
    h2: shifted(4),
    h3: shifted(5),
    h4: shifted(6),
    h5: shifted(6),
    h6: shifted(6),
    // Never navigable: the words, then the address as quiet text. Nothing to open, no network.
    a({ href, children }) {
      const address = linkAddressToShow(plainText(children), href ?? '');
      return (
        <span className="md-link">
          {children}
          {address ? <span className="md-link-address"> ({address})</span> : null}
        </span>
      );
    },
    img({ src, alt }) {
      const source = classifyImageSource(typeof src === 'string' ? src : '');
      if (source.kind === 'attachment') return <AttachmentImage id={source.id} alt={alt ?? ''} />;
      return (
        <span className="md-image-note">
          {alt ? `${alt} — ` : ''}
          {t('markdown.imageNotLoaded', { url: source.url })}
        </span>
      );
    },
    // GFM task lists: the box reads as done or not, and cannot be ticked from here.
    input({ type, checked }) {
      if (type !== 'checkbox') return null;
      return (
        <input
          type="checkbox"
          className="md-task"
          checked={checked ?? false}
          disabled
          readOnly
          aria-label={checked ? t('markdown.taskDone') : t('markdown.taskOpen')}
        />
      );
    },
    // Wide tables scroll on their own instead of widening the page; focusable so keyboards can too.
    table({ node: _node, ...props }) {
      return (
        <div className="md-table" tabIndex={0}>
          <table {...props} />
        </div>
      );
    },
  };
}

/**
 * The heavy half of MarkdownView (react-markdown + remark-gfm), in its own lazily loaded chunk.
 * Raw HTML in the text is shown as the characters the person typed (react-markdown's default
 * without rehype-raw): nothing of it becomes an element, and nothing they wrote disappears.
 */
export default function MarkdownRenderer({ text }: { text: string }) {
  const components = useComponents();
  // Addresses pass through untouched: no component ever puts one in an href or a src.
  return (
    <Markdown remarkPlugins={[remarkGfm]} components={components} urlTransform={(url) => url}>
      {text}
    </Markdown>
  );
}
