import { X } from 'lucide-react';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TAG_COLOUR,
  MAX_TAG_NAME,
  MAX_TAGS_PER_ENTRY,
  normaliseTagName,
  suggestTags,
  tagKey,
  type Tag,
} from '../../../../shared/domain/tag';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { refreshTags, tagsByIds, useTags } from './tagStore';
import './tags.css';

/** How many matching tags the list offers at once. */
const SHOWN = 8;

type Option = { kind: 'tag'; tag: Tag } | { kind: 'create'; name: string };

/**
 * The entry's tags: chips, each removable, and an accessible combobox (ARIA 1.2 pattern) that
 * suggests the vault's tags by prefix, case and accents aside. Enter or a comma adds the
 * highlighted suggestion, or creates the tag typed when none has that name. Backspace in the
 * empty box removes the last chip; Escape closes the list (and only that).
 */
export function TagsField({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const all = useTags();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  const chosen = tagsByIds(all, value);
  const full = chosen.length >= MAX_TAGS_PER_ENTRY;

  const options = useMemo<Option[]>(() => {
    const name = normaliseTagName(text);
    if (name === '') return [];
    const matches = suggestTags(all, name, new Set(value)).slice(0, SHOWN);
    const exact = all.some((tag) => tagKey(tag.name) === tagKey(name));
    const list: Option[] = matches.map((tag) => ({ kind: 'tag', tag }));
    if (!exact) list.push({ kind: 'create', name: name.slice(0, MAX_TAG_NAME) });
    return list;
  }, [all, text, value]);
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  function add(tag: Tag) {
    if (!value.includes(tag.id)) onChange([...value, tag.id]);
    setAnnouncement(t('tags.field.added', { name: tag.name }));
    setText('');
    setActive(0);
    setProblem(null);
  }

  async function choose(option: Option) {
    if (full) {
      setProblem(t('tags.field.full', { count: MAX_TAGS_PER_ENTRY }));
      return;
    }
    if (option.kind === 'tag') {
      add(option.tag);
      return;
    }
    setBusy(true);
    try {
      const created = await call('tags:create', { name: option.name, colour: DEFAULT_TAG_COLOUR });
      await refreshTags();
      add(created);
    } catch (error) {
      setProblem(describeError(t, error));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  function remove(tag: Tag) {
    onChange(value.filter((v) => v !== tag.id));
    setAnnouncement(t('tags.field.removed', { name: tag.name }));
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === ',') {
      // Never submits the entry: Enter here means "add this tag" (Ctrl/Cmd+Enter still saves).
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      const option = options[activeIndex];
      if (option && !busy) void choose(option);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation(); // closes the list, not the composer
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
      event.preventDefault();
      remove(chosen[chosen.length - 1]!);
    }
  }

  return (
    <div className="field tags-field">
      <label htmlFor={id}>{t('tags.field.label')}</label>
      {chosen.length > 0 ? (
        <ul className="tag-chips" aria-label={t('tags.list')}>
          {chosen.map((tag) => (
            <li key={tag.id} className="tag-chip" data-colour={tag.colour}>
              <span className="tag-dot" aria-hidden />
              {tag.name}
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={t('tags.field.remove', { name: tag.name })}
                title={t('tags.field.remove', { name: tag.name })}
                onClick={() => remove(tag)}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tags-combobox">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={problem ? `${helpId} ${problemId}` : helpId}
          aria-invalid={problem ? true : undefined}
          value={text}
          placeholder={t('tags.field.placeholder')}
          maxLength={MAX_TAG_NAME * 2}
          autoComplete="off"
          spellCheck={false}
          readOnly={busy}
          aria-busy={busy || undefined}
          onChange={(e) => {
            setText(e.target.value.replace(/,/g, ''));
            setOpen(true);
            setActive(0);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          className="tags-suggestions"
          aria-label={t('tags.field.suggestions')}
          hidden={!expanded}
        >
          {options.map((option, i) => (
            <li
              key={option.kind === 'tag' ? option.tag.id : 'create'}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className="tags-option"
              data-colour={option.kind === 'tag' ? option.tag.colour : undefined}
              // Keeps the focus in the box: a click chooses without closing the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void choose(option)}
            >
              {option.kind === 'tag' ? (
                <>
                  <span className="tag-dot" aria-hidden />
                  {option.tag.name}
                </>
              ) : (
                t('tags.field.create', { name: option.name })
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className="hint" id={helpId}>
        {t('tags.field.help')}
      </p>
      {problem ? (
        <p className="field-error" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
