import { Lightbulb, Maximize2, Minimize2, Save, X } from 'lucide-react';
import {
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { hasModifier, MODIFIER_LABEL } from '../../lib/shortcuts';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { PromptCard } from '../prompts/PromptCard';
import { WarningNotice } from '../safety/WarningNotice';
import { FeelingsField } from '../emotions/FeelingsField';
import type { Feeling } from '../../../../shared/domain/feelings';
import type { Entry, PromptRef } from '../../../../shared/domain/entry';
import { usePromptOrigin } from '../prompts/promptOrigin';
import { TagsField } from '../tags/TagsField';
import type { EditorHandle } from '../editor/MarkdownEditor';
import { useAutosave } from '../editor/useAutosave';
import { SaveStatus } from '../editor/SaveStatus';
import { countWords } from '../editor/wordCount';
import { isFocusToggle, useFocusMode } from '../editor/focusMode';
import { attachmentMarkdown, imageProblem, toBase64 } from '../editor/imageFiles';
import '../editor/editor.css';

/** CodeMirror is loaded when the composer first shows; a plain textarea stands in meanwhile. */
const MarkdownEditor = lazy(() => import('../editor/MarkdownEditor'));

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
  /** The entry being edited; none for a new one (the first autosave creates it). */
  entryId?: string;
  initialTitle?: string;
  initialBody?: string;
  initialEmotions?: readonly Feeling[];
  initialNotForSharing?: boolean;
  initialPrompt?: PromptRef | undefined;
  initialTags?: readonly string[];
  /** Creates (id null) or updates the entry; used by autosave and by Save alike. */
  persist: (id: string | null, draft: Draft) => Promise<Entry>;
  /** Save (or Ctrl/⌘+Enter) finished: everything is in the vault (null: an edit left unchanged). */
  onDone: (entry: Entry | null) => void;
  /** Leaves an edit as it was before it began (autosaved changes are put back). */
  onCancel?: (entry: Entry | null) => void;
  /** Offer a prompt to write from (new entries). */
  withPrompt?: boolean;
}

function keyOf(draft: Draft): string {
  return JSON.stringify([
    draft.title.trim(),
    draft.body,
    draft.emotions,
    draft.notForSharing,
    draft.prompt,
    draft.tags,
  ]);
}

/**
 * Writing an entry (new or edited). It saves itself a moment after typing pauses; Save (or
 * Ctrl/⌘+Enter) saves now and, for a new entry, starts a fresh page. Escape leaves focus mode,
 * then an edit.
 */
export function Composer({
  heading,
  entryId,
  initialTitle = '',
  initialBody = '',
  initialEmotions = [],
  initialNotForSharing = false,
  initialPrompt,
  initialTags = [],
  persist,
  onDone,
  onCancel,
  withPrompt = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const [body, setBody] = useState(initialBody);
  const [emotions, setEmotions] = useState<Feeling[]>([...initialEmotions]);
  const [notForSharing, setNotForSharing] = useState(initialNotForSharing);
  const [prompt, setPrompt] = useState<PromptRef | null>(initialPrompt ?? null);
  const [tags, setTags] = useState<string[]>([...initialTags]);
  const origin = usePromptOrigin(prompt, 'writing');
  const [finishing, setFinishing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [imageNote, setImageNote] = useState<{ text: string; error: boolean } | null>(null);
  const [focus, setFocus] = useFocusMode();
  const [focusNote, setFocusNote] = useState('');
  const titleId = useId();
  const bodyId = useId();
  const problemId = useId();
  const editor = useRef<EditorHandle | null>(null);
  const onEditorReady = useCallback((handle: EditorHandle | null) => {
    editor.current = handle;
  }, []);

  // Read when a save starts: the text of the last keystroke, even before React re-renders.
  const draft: Draft = { title: title.trim(), body, emotions, notForSharing, prompt, tags };
  const latest = useRef(draft);
  useLayoutEffect(() => {
    latest.current = { ...latest.current, title: title.trim(), emotions, notForSharing, prompt, tags };
  }, [title, emotions, notForSharing, prompt, tags]);
  const initialKey = useMemo(
    () =>
      keyOf({
        title: initialTitle.trim(),
        body: initialBody,
        emotions: [...initialEmotions],
        notForSharing: initialNotForSharing,
        prompt: initialPrompt ?? null,
        tags: [...initialTags],
      }),
    // The composer is remounted (a new key) for another entry: the first values are the ones.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const autosave = useAutosave<Draft, Entry>({
    getDraft: () => latest.current,
    keyOf,
    // A new entry waits for some text; an edited one may be emptied (Save still refuses that).
    canSave: (d) => entryId !== undefined || d.body.trim() !== '',
    persist,
    initialId: entryId ?? null,
    initialKey,
    currentKey: keyOf(draft),
  });

  function changeBody(text: string) {
    latest.current = { ...latest.current, body: text };
    setBody(text);
    if (problem && text.trim()) setProblem(null);
  }

  async function finish() {
    if (finishing) return;
    if (!latest.current.body.trim()) {
      setProblem(t('composer.emptyBody'));
      return;
    }
    setProblem(null);
    setFinishing(true);
    try {
      onDone(await autosave.saveNow());
    } catch {
      // The status line says what went wrong and offers to try again; the text stays.
    } finally {
      setFinishing(false);
    }
  }

  async function cancel() {
    if (!onCancel) return;
    const { id, changed } = await autosave.discard();
    let restored: Entry | null = null;
    if (id && changed) {
      try {
        restored = await persist(id, {
          title: initialTitle.trim(),
          body: initialBody,
          emotions: [...initialEmotions],
          notForSharing: initialNotForSharing,
          prompt: initialPrompt ?? null,
          tags: [...initialTags],
        });
      } catch {
        // The changes stay saved: better kept than lost.
      }
    }
    onCancel(restored);
  }

  function toggleFocus(on: boolean) {
    setFocus(on);
    setFocusNote(on ? t('editor.focus.on') : t('editor.focus.off'));
    // The toggle leaves the page in focus mode (it hides with the chrome): back to the text.
    requestAnimationFrame(() => {
      if (editor.current) editor.current.focus();
      else document.getElementById(bodyId)?.focus();
    });
  }

  // Ctrl/⌘+Shift+F from anywhere in the journal while the composer is open.
  const focusRef = useRef(focus);
  useLayoutEffect(() => {
    focusRef.current = focus;
  }, [focus]);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isFocusToggle(event)) return;
      event.preventDefault();
      toggleFocus(!focusRef.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // toggleFocus only reads refs and stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function addFiles(files: File[]) {
    for (const file of files) {
      const wrong = imageProblem(file);
      if (wrong) {
        setImageNote({
          text: t(wrong === 'type' ? 'editor.images.wrongType' : 'editor.images.tooLarge'),
          error: true,
        });
        continue;
      }
      setImageNote({ text: t('editor.images.adding'), error: false });
      try {
        // The image belongs to an entry: save first (creating it, if it is new).
        let id = autosave.entryId();
        if (!id) id = (await autosave.saveNow(true))?.id ?? null;
        if (!id) throw new Error('no entry');
        const dataBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
        const meta = await call('attachments:add', {
          entryId: id,
          name: file.name.slice(0, 255),
          dataBase64,
        });
        editor.current?.insertBlock(attachmentMarkdown(file.name, meta.id));
        setImageNote({ text: t('editor.images.added'), error: false });
      } catch (e) {
        setImageNote({ text: t('editor.images.failed', { reason: describeError(t, e) }), error: true });
      }
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void finish();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.defaultPrevented) return; // the editor handled it (its own Ctrl/⌘+Enter)
    if (event.key === 'Enter' && hasModifier(event)) {
      event.preventDefault();
      void finish();
    } else if (event.key === 'Escape' && focus) {
      event.preventDefault();
      toggleFocus(false);
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      void cancel();
    }
  }

  const words = countWords(body, i18n.language);
  const describedBy = problem ? problemId : undefined;
  const fallback = (
    <textarea
      id={bodyId}
      className="editor-fallback"
      value={body}
      onChange={(e) => changeBody(e.target.value)}
      autoFocus
      aria-invalid={problem ? true : undefined}
      aria-describedby={describedBy}
    />
  );

  return (
    <form className="composer" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={`${titleId}-heading`}>
      <div className="composer-head">
        <h2 id={`${titleId}-heading`}>{heading}</h2>
        <button
          type="button"
          className="button ghost"
          aria-pressed={focus}
          title={t('editor.focus.hint', { modifier: MODIFIER_LABEL })}
          aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
          onClick={() => toggleFocus(!focus)}
        >
          {focus ? <Minimize2 size={16} aria-hidden /> : <Maximize2 size={16} aria-hidden />}
          {focus ? t('editor.focus.leave') : t('editor.focus.enter')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {focusNote}
      </p>
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
        />
      </div>
      <div className="field">
        {/* The label names the textarea, and the editor's text area by aria-labelledby. */}
        <label htmlFor={bodyId} id={`${bodyId}-label`} onClick={() => editor.current?.focus()}>
          {t('composer.bodyLabel')}
        </label>
        <Suspense fallback={fallback}>
          <MarkdownEditor
            id={bodyId}
            labelId={`${bodyId}-label`}
            value={body}
            onChange={changeBody}
            onSubmit={() => void finish()}
            onFiles={(files) => void addFiles(files)}
            describedBy={describedBy}
            invalid={problem !== null}
            autoFocus
            onReady={onEditorReady}
          />
        </Suspense>
        <div className="editor-meta">
          <span>{t('editor.words', { count: words })}</span>
          <SaveStatus state={autosave.state} onRetry={() => void autosave.saveNow().catch(() => undefined)} />
        </div>
        {imageNote ? (
          <p
            className={imageNote.error ? 'field-error' : 'status'}
            role={imageNote.error ? 'alert' : 'status'}
          >
            {imageNote.text}
          </p>
        ) : null}
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
            <button type="button" className="button" onClick={() => void cancel()}>
              {t('composer.cancel')}
            </button>
          ) : null}
          <button
            type="submit"
            className="button primary"
            disabled={finishing}
            aria-busy={finishing}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            <Save size={18} aria-hidden />
            {finishing ? t('composer.saving') : t('composer.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
