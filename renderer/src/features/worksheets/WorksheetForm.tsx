import { Save } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { blankWorksheet, type Worksheet, type WorksheetKind } from '../../../../shared/domain/worksheet';
import { worksheetToMarkdown } from '../../../../shared/domain/worksheetMarkdown';
import { hasModifier, MODIFIER_LABEL } from '../../lib/shortcuts';
import { ActivationFields, CompassionFields, GoodThingsFields, ValuesFields } from './OtherFields';
import { ThoughtRecordFields } from './ThoughtRecordFields';
import { useContentLang } from './fields';
import './worksheets.css';

/** What the form hands over on save. */
export interface WorksheetDraft {
  title: string;
  worksheet: Worksheet;
  notForSharing: boolean;
}

/** Thoughts left completely blank are not kept. */
function cleaned(ws: Worksheet): Worksheet {
  if (ws.kind !== 'thought-record') return ws;
  return { ...ws, thoughts: ws.thoughts.filter((th) => th.text.trim() !== '' || th.belief !== null) };
}

/** True when nothing was written or rated: the Markdown is what a blank form gives. */
function isEmpty(ws: Worksheet): boolean {
  return worksheetToMarkdown(ws) === worksheetToMarkdown(blankWorksheet(ws.kind, ws.lang));
}

/**
 * One worksheet, new or opened again to finish or change it. It names the framework it comes
 * from; Ctrl/Cmd+Enter saves. Escape does nothing here: it also closes the feelings' suggestions,
 * and a long worksheet should never be lost to one key.
 */
export function WorksheetForm({
  kind,
  initial,
  onSave,
  onCancel,
}: {
  kind: WorksheetKind;
  initial?: WorksheetDraft;
  onSave: (draft: WorksheetDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [worksheet, setWorksheet] = useState<Worksheet>(() => {
    if (initial) return initial.worksheet;
    const blank = blankWorksheet(kind, lang);
    // A first thought to write in: the hot one until the person says otherwise.
    return blank.kind === 'thought-record'
      ? { ...blank, thoughts: [{ text: '', belief: null, hot: true }] }
      : blank;
  });
  const [notForSharing, setNotForSharing] = useState(initial?.notForSharing ?? false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => heading.current?.focus(), []);

  async function save() {
    if (saving) return;
    const ws = cleaned(worksheet);
    if (isEmpty(ws)) {
      setProblem(t('worksheets.form.empty'));
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      await onSave({ title: title.trim(), worksheet: ws, notForSharing });
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
    }
  }

  return (
    <form
      className="worksheet-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t(`worksheets.names.${kind}`)}
      </h2>
      <p className="worksheet-framework">
        {t('worksheets.basedOn', { framework: t(`worksheets.frameworks.${kind}`) })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('worksheets.form.titleLabel')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={500}
          placeholder={t('worksheets.form.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      {worksheet.kind === 'thought-record' ? (
        <ThoughtRecordFields value={worksheet} onChange={setWorksheet} />
      ) : worksheet.kind === 'behavioural-activation' ? (
        <ActivationFields value={worksheet} onChange={setWorksheet} />
      ) : worksheet.kind === 'self-compassion-break' ? (
        <CompassionFields value={worksheet} onChange={setWorksheet} />
      ) : worksheet.kind === 'three-good-things' ? (
        <GoodThingsFields value={worksheet} onChange={setWorksheet} />
      ) : (
        <ValuesFields value={worksheet} onChange={setWorksheet} />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={notForSharing} onChange={(e) => setNotForSharing(e.target.checked)} />
        <span>{t('composer.notForSharing')}</span>
      </label>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="composer-actions">
        <span className="status">{t('composer.saveHint', { modifier: MODIFIER_LABEL })}</span>
        <div className="button-row tight-row">
          <button type="button" className="button" onClick={onCancel}>
            {t('worksheets.form.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={saving}
            aria-busy={saving}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            <Save size={18} aria-hidden />
            {saving ? t('worksheets.form.saving') : t('worksheets.form.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
