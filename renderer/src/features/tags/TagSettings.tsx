import { Merge, Pencil, Tags, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  normaliseTagName,
  TAG_COLOURS,
  tagKey,
  type Tag,
  type TagColour,
} from '../../../../shared/domain/tag';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { refreshTags, useTags } from './tagStore';
import './tags.css';

/**
 * The Tags section of the settings: rename inline, recolour from the palette, merge several into
 * one, delete with a confirmation. `onEntriesChanged` reloads the timeline after a merge or a
 * deletion (they rewrite the entries' tags).
 */
export function TagSettings({ onEntriesChanged }: { onEntriesChanged: () => void }) {
  const { t } = useTranslation();
  const tags = useTags();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const targetId = useId();

  async function run(action: () => Promise<string>, entriesChanged = false) {
    try {
      const text = await action();
      await refreshTags();
      if (entriesChanged) onEntriesChanged();
      setFeedback({ kind: 'ok', text });
    } catch (error) {
      setFeedback({ kind: 'error', text: describeError(t, error) });
    }
  }

  const live = selected.filter((id) => tags.some((tag) => tag.id === id));
  const into = tags.find((tag) => tag.id === target);
  const from = live.filter((id) => id !== target);

  return (
    <Section
      icon={<Tags size={18} aria-hidden />}
      title={t('tags.settings.title')}
      help={t('tags.settings.help')}
    >
      {tags.length === 0 ? <p className="hint">{t('tags.settings.none')}</p> : null}
      <ul className="tag-rows">
        {tags.map((tag) => (
          <TagRow
            key={tag.id}
            tag={tag}
            all={tags}
            selected={live.includes(tag.id)}
            onSelect={(on) =>
              setSelected((current) => (on ? [...current, tag.id] : current.filter((id) => id !== tag.id)))
            }
            onRename={(name) =>
              run(async () => {
                const saved = await call('tags:update', { id: tag.id, name });
                return t('tags.settings.renamed', { name: saved.name });
              })
            }
            onRecolour={(colour) =>
              run(async () => {
                const saved = await call('tags:update', { id: tag.id, colour });
                return t('tags.settings.recoloured', {
                  name: saved.name,
                  colour: t(`tags.colours.${colour}`),
                });
              })
            }
            onDelete={() => setDeleting(tag)}
          />
        ))}
      </ul>
      {live.length > 0 ? (
        <form
          className="tag-merge"
          onSubmit={(event) => {
            event.preventDefault();
            if (!into || from.length === 0) return;
            void run(async () => {
              const saved = await call('tags:merge', { from, into: into.id });
              setSelected([]);
              setTarget('');
              return t('tags.settings.merged', { name: saved.name });
            }, true);
          }}
        >
          <p className="hint tag-merge-help">{t('tags.settings.mergeHelp', { count: live.length })}</p>
          <label className="field tag-merge-target" htmlFor={targetId}>
            <span className="label">{t('tags.settings.mergeTarget')}</span>
            <select id={targetId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('tags.settings.mergeInto')}</option>
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={!into || from.length === 0}>
            <Merge size={16} aria-hidden /> {t('tags.settings.merge')}
          </button>
        </form>
      ) : null}
      <FeedbackLine feedback={feedback} />
      {deleting ? (
        <ConfirmDialog
          title={t('tags.settings.deleteTitle', { name: deleting.name })}
          body={t('tags.settings.deleteBody')}
          confirmLabel={t('tags.settings.deleteConfirm')}
          cancelLabel={t('tags.settings.cancel')}
          onConfirm={() => {
            const tag = deleting;
            setDeleting(null);
            void run(async () => {
              await call('tags:delete', { id: tag.id });
              return t('tags.settings.deleted', { name: tag.name });
            }, true);
          }}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </Section>
  );
}

function TagRow({
  tag,
  all,
  selected,
  onSelect,
  onRename,
  onRecolour,
  onDelete,
}: {
  tag: Tag;
  all: readonly Tag[];
  selected: boolean;
  onSelect: (on: boolean) => void;
  onRename: (name: string) => Promise<void>;
  onRecolour: (colour: TagColour) => Promise<void>;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(tag.name);
  const [problem, setProblem] = useState<string | null>(null);
  /** The colour just chosen, shown at once while the vault saves it. */
  const [choosing, setChoosing] = useState<TagColour | null>(null);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = normaliseTagName(name);
    if (clean === '') {
      setProblem(t('tags.settings.emptyName'));
      return;
    }
    if (all.some((other) => other.id !== tag.id && tagKey(other.name) === tagKey(clean))) {
      setProblem(t('tags.settings.taken'));
      return;
    }
    void onRename(clean).then(() => setEditing(false));
  }

  return (
    <li className="tag-row" data-colour={tag.colour}>
      <input
        type="checkbox"
        checked={selected}
        onChange={(e) => onSelect(e.target.checked)}
        aria-label={t('tags.settings.select', { name: tag.name })}
      />
      {editing ? (
        <form className="tag-rename" onSubmit={submit}>
          <input
            type="text"
            value={name}
            autoFocus
            maxLength={60}
            aria-label={t('tags.settings.name', { name: tag.name })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setEditing(false);
                setName(tag.name);
              }
            }}
          />
          {problem ? (
            <p className="field-error" id={`${id}-problem`} role="alert">
              {problem}
            </p>
          ) : null}
          <div className="tag-row-actions tag-rename-actions">
            <button type="submit" className="button primary">
              {t('tags.settings.save')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(false);
                setName(tag.name);
                setProblem(null);
              }}
            >
              {t('tags.settings.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <span className="tag-row-name">
          <span className="tag-dot" aria-hidden />
          {tag.name}
        </span>
      )}
      <div className="tag-row-actions">
        {editing ? null : (
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              setName(tag.name);
              setEditing(true);
            }}
            aria-label={`${t('tags.settings.rename')} ${tag.name}`}
          >
            <Pencil size={14} aria-hidden /> {t('tags.settings.rename')}
          </button>
        )}
        <button
          type="button"
          className="button ghost"
          onClick={onDelete}
          aria-label={t('tags.settings.delete', { name: tag.name })}
        >
          <Trash2 size={14} aria-hidden />
        </button>
      </div>
      <fieldset className="tag-palette">
        <legend className="visually-hidden">{t('tags.settings.colour', { name: tag.name })}</legend>
        {TAG_COLOURS.map((colour) => (
          <label key={colour} data-colour={colour}>
            <input
              type="radio"
              name={`${id}-colour`}
              value={colour}
              checked={(choosing ?? tag.colour) === colour}
              onChange={() => {
                setChoosing(colour);
                void onRecolour(colour).finally(() => setChoosing(null));
              }}
            />
            <span className="tag-dot" aria-hidden />
            {t(`tags.colours.${colour}`)}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
