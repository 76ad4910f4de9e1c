import { Search } from 'lucide-react';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTIONS, QUADRANTS } from '../../../../shared/content/emotions';
import type { SearchNarrowing } from '../../../../shared/domain/search';
import { describeError } from '../../lib/errors';
import { Highlighted } from '../journal/SearchResults';
import { useDateFormat } from '../journal/useDateFormat';
import { useSearch } from '../journal/useSearch';
import { useTags } from '../tags/tagStore';

const PERIODS = ['any', 'week', 'month', 'year'] as const;
type Period = (typeof PERIODS)[number];

/** The instant a period starts, counted back from `now` in local days; undefined for any time. */
function sinceOf(period: Period, now: Date): string | undefined {
  if (period === 'any') return undefined;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (period === 'year') start.setFullYear(start.getFullYear() - 1);
  else start.setDate(start.getDate() - (period === 'week' ? 7 : 30));
  return start.toISOString();
}

interface Props {
  onOpen: (id: string) => void;
  onClose: () => void;
}

/**
 * Ctrl/⌘+K: a modal search over the whole journal. Focus stays in the search box (a combobox);
 * the arrow keys move the active result (aria-activedescendant), Enter opens it, Escape closes
 * and gives focus back to where it was. The native <dialog> traps focus and makes the rest inert.
 */
export function SearchPalette({ onOpen, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const helpId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(describeError(t, e)), [t]);
  const tags = useTags();
  /** One tag, one feeling and a period to search within ('' for all), chosen under the box. */
  const [tag, setTag] = useState('');
  const [feeling, setFeeling] = useState('');
  const [period, setPeriod] = useState<Period>('any');
  // The start of the period, fixed when it is chosen (a new instant on each render would be a new search).
  const since = useMemo(() => sinceOf(period, new Date()), [period]);
  const narrowing: SearchNarrowing = {
    ...(tag ? { tags: [tag] } : {}),
    ...(feeling ? { emotions: [feeling] } : {}),
    ...(since ? { since } : {}),
  };
  const result = useSearch(query, fail, narrowing);
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const byName = new Intl.Collator(lang).compare;
  const hits = result?.hits ?? [];
  /** The active result; a new query starts again from its best hit. */
  const current = Math.max(0, Math.min(active, hits.length - 1));

  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => back?.focus();
  }, []);
  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[current];
      if (hit) onOpen(hit.id);
    }
  };

  /** A filter's change: the new narrowing, and the best hit of the new results is active. */
  const narrow = (set: (value: string) => void) => (value: string) => {
    set(value);
    setActive(0);
  };

  const trimmed = query.trim();
  return (
    <dialog
      ref={ref}
      className="search-palette"
      aria-labelledby={titleId}
      aria-describedby={helpId}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose(); // a click on the backdrop
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        {t('timeline.palette.title')}
      </h2>
      <div className="search-box palette-box">
        <Search size={18} aria-hidden />
        <input
          type="text"
          role="combobox"
          aria-label={t('timeline.palette.title')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? `${listId}-${current}` : undefined}
          placeholder={t('timeline.palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          spellCheck={false}
          autoFocus
        />
      </div>
      <div className="palette-filters">
        {tags.length > 0 ? (
          <Filter label={t('timeline.palette.tag')} value={tag} onChange={narrow(setTag)}>
            <option value="">{t('timeline.palette.anyTag')}</option>
            {tags.map((one) => (
              <option key={one.id} value={one.id}>
                {one.name}
              </option>
            ))}
          </Filter>
        ) : null}
        <Filter label={t('timeline.palette.feeling')} value={feeling} onChange={narrow(setFeeling)}>
          <option value="">{t('timeline.palette.anyFeeling')}</option>
          {QUADRANTS.map((quadrant) => (
            <optgroup key={quadrant} label={t(`checkin.quadrant.${quadrant}`)}>
              {EMOTIONS.filter((e) => e.quadrant === quadrant)
                .map((e) => ({ id: e.id, name: e[lang] }))
                .sort((x, y) => byName(x.name, y.name))
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Filter>
        <Filter
          label={t('timeline.palette.period')}
          value={period}
          onChange={narrow((value) => setPeriod(value as Period))}
        >
          {PERIODS.map((one) => (
            <option key={one} value={one}>
              {t(`timeline.palette.periods.${one}`)}
            </option>
          ))}
        </Filter>
      </div>
      <p id={helpId} className="hint palette-help">
        {t('timeline.palette.help')}
      </p>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="search-summary" role="status" aria-live="polite">
        {!trimmed
          ? t('timeline.palette.empty')
          : result === null
            ? ''
            : hits.length === 0
              ? t('timeline.palette.none', { query: trimmed })
              : t('timeline.palette.results', { count: hits.length })}
      </p>
      <ul id={listId} role="listbox" className="palette-results" aria-label={t('timeline.palette.title')}>
        {hits.map((hit, i) => (
          // Options are picked with the keyboard from the box; a click works too.
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className="palette-hit"
            onClick={() => onOpen(hit.id)}
            onMouseMove={() => setActive(i)}
          >
            <span className="entry-title">
              {hit.title.length > 0 ? <Highlighted segments={hit.title} /> : t('journal.untitled')}
            </span>
            <span className="entry-excerpt">
              <Highlighted segments={hit.snippet} />
            </span>
            <span className="entry-date">{formatDate(hit.createdAt)}</span>
          </li>
        ))}
      </ul>
      <div className="button-row tight-row">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('timeline.palette.close')}
        </button>
      </div>
    </dialog>
  );
}

/** One of the palette's filters: a select under the search box, with its name beside it. */
function Filter({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="select-compact">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </label>
  );
}
