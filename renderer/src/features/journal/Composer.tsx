import { Lightbulb, Save, X } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModifier, MODIFIER_LABEL } from '../../lib/shortcuts';
import { PromptCard } from '../prompts/PromptCard';
import { WarningNotice } from '../safety/WarningNotice';
import { FeelingsField } from '../emotions/FeelingsField';
import type { Feeling } from '../../../../shared/domain/feelings';
import type { PromptRef } from '../../../../shared/domain/entry';
import { usePromptOrigin } from '../prompts/promptOrigin';
import { TagsField } from '../tags/TagsField';

/** What the composer hands over on save. */
export interface Draft {
  title: string;
  body: string;
  emotions: Feeling[];
  notForSharing: boolean;
  /** The prompt written from ("Write about this"); null when there is none, or it was detached. */
  prompt: PromptRef | null;
  /** Tag ids. */
  tags: string[];
}

interface Props {
  heading: string;
  initialTitle?: string;
  initialBody?: string;
  initialEmotions?: readonly Feeling[];
  initialNotForSharing?: boolean;
  initialPrompt?: PromptRef | undefined;
  initialTags?: readonly string[];
  onSave: (draft: Draft) => Promise<void>;
  onCancel?: () => void;
  /** Offer a prompt to write from (new entries). */
  withPrompt?: boolean;
}

/** Writing an entry (new or edited). Ctrl/Cmd+Enter saves; Escape leaves an edit unchanged. */
export function Composer({
  heading,
  initialTitle = '',
  initialBody = '',
  initialEmotions = [],
  initialNotForSharing = false,
  initialPrompt,
  initialTags = [],
  onSave,
  onCancel,
  withPrompt = false,
}: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const [body, setBody] = useState(initialBody);
  const [emotions, setEmotions] = useState<Feeling[]>([...initialEmotions]);
  const [notForSharing, setNotForSharing] = useState(initialNotForSharing);
  const [prompt, setPrompt] = useState<PromptRef | null>(initialPrompt ?? null);
  const [tags, setTags] = useState<string[]>([...initialTags]);
  const origin = usePromptOrigin(prompt, 'writing');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const bodyId = useId();
  const problemId = useId();

  async function save() {
    if (saving) return;
    if (!body.trim()) {
      setProblem(t('composer.emptyBody'));
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      await onSave({ title: title.trim(), body, emotions, notForSharing, prompt, tags });
      setTitle('');
      setBody('');
      setEmotions([]);
      setNotForSharing(false);
      setPrompt(null);
      setTags([]);
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && hasModifier(event)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className="composer" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={`${titleId}-heading`}>
      <h2 id={`${titleId}-heading`}>{heading}</h2>
      {withPrompt ? (
        <PromptCard
          onUse={(text, chosen) => {
            setTitle((current) => current || text.slice(0, 500));
            setPrompt(chosen);
            document.getElementById(bodyId)?.focus();
          }}
        />
      ) : null}
      {origin ? (
        <p className="prompt-origin composer-origin">
          <Lightbulb size={14} aria-hidden />
          <span>{origin}</span>
          <button
            type="button"
            className="button ghost prompt-origin-detach"
            aria-label={t('packs.origin.detach')}
            title={t('packs.origin.detach')}
            onClick={() => setPrompt(null)}
          >
            <X size={14} aria-hidden />
          </button>
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={titleId}>{t('composer.titleLabel')}</label>
        <input
          id={titleId}
          className="title-input"
          type="text"
          value={title}
          placeholder={t('composer.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={500}
          readOnly={saving}
        />
      </div>
      <div className="field">
        <label htmlFor={bodyId}>{t('composer.bodyLabel')}</label>
        <textarea
          id={bodyId}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          // Read-only for the moment a save takes: words typed then would be cleared with the
          // saved text when it lands.
          readOnly={saving}
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        <WarningNotice text={`${title}\n${body}`} />
        {problem ? (
          <p className="field-error" id={problemId} role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <FeelingsField value={emotions} onChange={setEmotions} text={`${title}\n${body}`} />
      <TagsField value={tags} onChange={setTags} />
      <label className="checkbox">
        <input type="checkbox" checked={notForSharing} onChange={(e) => setNotForSharing(e.target.checked)} />
        <span>{t('composer.notForSharing')}</span>
      </label>
      <div className="composer-actions">
        <span className="status">{t('composer.saveHint', { modifier: MODIFIER_LABEL })}</span>
        <div className="button-row tight-row">
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              {t('composer.cancel')}
            </button>
          ) : null}
          <button
            type="submit"
            className="button primary"
            disabled={saving}
            aria-busy={saving}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            <Save size={18} aria-hidden />
            {saving ? t('composer.saving') : t('composer.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
