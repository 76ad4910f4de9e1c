import { useTranslation } from 'react-i18next';
import { tagsByIds, useTags } from './tagStore';
import './tags.css';

/**
 * An entry's tags as chips (coloured dot and name); nothing when it has none the vault knows.
 * `inline` renders spans, for inside a button (a timeline card), where a list may not go.
 */
export function TagChips({ ids, inline = false }: { ids: readonly string[]; inline?: boolean }) {
  const { t } = useTranslation();
  const all = useTags();
  const shown = tagsByIds(all, ids);
  if (shown.length === 0) return null;
  if (inline) {
    return (
      <span className="tag-chips">
        {shown.map((tag) => (
          <span key={tag.id} className="tag-chip" data-colour={tag.colour}>
            <span className="tag-dot" aria-hidden />
            {tag.name}
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul className="tag-chips" aria-label={t('tags.list')}>
      {shown.map((tag) => (
        <li key={tag.id} className="tag-chip" data-colour={tag.colour}>
          <span className="tag-dot" aria-hidden />
          {tag.name}
        </li>
      ))}
    </ul>
  );
}
