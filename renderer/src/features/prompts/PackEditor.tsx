import { Plus, X } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PROMPTS_PER_PACK } from '../../../../shared/content/prompts/schema';
import {
  USER_PACK_NAME_MAX,
  USER_PROMPT_TEXT_MAX,
  USER_PROMPT_TEXT_MIN,
  type UserPack,
} from '../../../../shared/content/prompts/userPack';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { hasModifier } from '../../lib/shortcuts';

type Lang = 'en' | 'fr';

/** A tab (pasted from elsewhere) becomes a space: the pack format refuses control characters. */
const clean = (value: string) => value.replaceAll('\t', ' ').trim();

/**
 * Writing a pack of one's own: a name and prompts, one per field, in one language (the pack's, or
 * the app's for a new one). It sits inside the composer's form, so it is a fieldset, not a form:
 * Enter in the name does not submit the entry, Ctrl/Cmd+Enter saves the pack, Escape closes it.
 */
export function PackEditor({
  pack,
  lang: appLang,
  onSaved,
  onCancel,
}: {
  /** The pack to edit; a new one when absent. */
  pack?: UserPack;
  lang: Lang;
  onSaved: (pack: UserPack) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang: Lang = pack
    ? pack.name[appLang] !== undefined
      ? appLang
      : pack.name.en
        ? 'en'
        : 'fr'
    : appLang;
  const [name, setName] = useState(() => (pack ? (pack.name[lang] ?? '') : ''));
  const [prompts, setPrompts] = useState<string[]>(() =>
    pack ? pack.prompts.map((p) => p.text[lang] ?? p.text.en ?? p.text.fr ?? '') : [''],
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const fields = useRef<Array<HTMLTextAreaElement | null>>([]);

  async function save() {
    if (saving) return;
    const written = prompts.map(clean).filter((p) => p.length > 0);
    if (!clean(name)) return setProblem(t('packs.editor.needName'));
    if (written.length === 0 || written.some((p) => p.length < USER_PROMPT_TEXT_MIN)) {
      return setProblem(t('packs.editor.needPrompt'));
    }
    setProblem(null);
    setSaving(true);
    try {
      const saved = await call('packs:save', {
        ...(pack ? { id: pack.id } : {}),
        name: { [lang]: clean(name) },
        prompts: written.map((text) => ({ text: { [lang]: text } })),
      });
      onSaved(saved);
    } catch (e) {
      setProblem(describeError(t, e));
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    // The entry's own shortcuts and implicit submission must not fire from here.
    if (event.key === 'Enter' && hasModifier(event)) {
      event.preventDefault();
      event.stopPropagation();
      void save();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  function remove(index: number) {
    setPrompts((list) => list.filter((_, i) => i !== index));
    // Focus stays in the list: on the prompt that took this one's place, or the one before.
    requestAnimationFrame(() => fields.current[Math.min(index, prompts.length - 2)]?.focus());
  }

  function add() {
    setPrompts((list) => [...list, '']);
    requestAnimationFrame(() => fields.current[prompts.length]?.focus());
  }

  return (
    <fieldset className="pack-editor" onKeyDown={onKeyDown} lang={lang}>
      <legend>
        {pack ? t('packs.editor.editTitle', { name: pack.name[lang] }) : t('packs.editor.newTitle')}
      </legend>
      <p className="hint">{t('packs.editor.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('packs.editor.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={USER_PACK_NAME_MAX}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </div>
      <ol className="pack-editor-prompts">
        {prompts.map((text, i) => (
          <li key={i} className="field">
            <label htmlFor={`${id}-p${i}`}>{t('packs.editor.prompt', { n: i + 1 })}</label>
            <div className="input-with-button">
              <textarea
                id={`${id}-p${i}`}
                ref={(el) => {
                  fields.current[i] = el;
                }}
                rows={2}
                value={text}
                maxLength={USER_PROMPT_TEXT_MAX}
                onChange={(e) => setPrompts((list) => list.map((p, j) => (j === i ? e.target.value : p)))}
              />
              <button
                type="button"
                className="button ghost"
                disabled={prompts.length === 1}
                onClick={() => remove(i)}
                aria-label={t('packs.editor.remove', { n: i + 1 })}
                title={t('packs.editor.remove', { n: i + 1 })}
              >
                <X size={16} aria-hidden />
              </button>
            </div>
          </li>
        ))}
      </ol>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-row tight-row">
        <button
          type="button"
          className="button ghost"
          onClick={add}
          disabled={prompts.length >= MAX_PROMPTS_PER_PACK}
        >
          <Plus size={16} aria-hidden /> {t('packs.editor.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('packs.editor.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void save()}
          disabled={saving}
          aria-busy={saving}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {saving ? t('packs.editor.saving') : t('packs.editor.save')}
        </button>
      </div>
    </fieldset>
  );
}
