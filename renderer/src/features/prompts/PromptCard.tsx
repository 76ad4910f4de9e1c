import { FileUp, Lightbulb, Pencil, PenLine, RefreshCw, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMPT_PACKS, promptPackById } from '../../../../shared/content/prompts';
import { localDayNumber, suggestPrompt } from '../../../../shared/content/prompts/suggest';
import type { LocalizedText, PackProblem, UserPack } from '../../../../shared/content/prompts/userPack';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FeedbackLine, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { PackEditor } from './PackEditor';
import { promptRefOf } from './promptOrigin';
import type { PromptRef } from '../../../../shared/domain/entry';
import './prompts.css';

const PACK_KEY = 'alcove.promptPack';
const DEFAULT_PACK = 'daily-reflection';

type Lang = 'en' | 'fr';

/** A user's text in the app's language, else in the one it was written in (said with `lang`). */
function inLanguage(text: LocalizedText, lang: Lang): { text: string; lang: Lang } {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  return text[lang] !== undefined ? { text: text[lang], lang } : { text: text[other] ?? '', lang: other };
}

type Outcome =
  | Exclude<Feedback, null>
  | { kind: 'refused'; fileName: string; problems: PackProblem[]; more: number }
  | null;

/** The pack the card opens with: the user's last choice, else daily reflection. */
function savedPackId(): string {
  const saved = localStorage.getItem(PACK_KEY);
  return saved && promptPackById(saved) ? saved : DEFAULT_PACK;
}

/** The prompt the card opens with, if it shows one, so "For you today" can offer another. */
export function openingPromptId(now: Date): string | null {
  const pack = promptPackById(savedPackId());
  if (!pack || pack.sensitive) return null;
  return suggestPrompt(pack, { hour: now.getHours(), dayNumber: localDayNumber(now) }).prompt.id;
}

/**
 * A sensitive pack the user chose to open may later be suggested in "For you today" (never one
 * they have not opened). Kept in the encrypted settings; a failure only means no suggestion.
 */
function rememberOpened(packId: string): void {
  void call('settings:get', undefined)
    .then((settings) =>
      settings.openedSensitivePacks.includes(packId)
        ? settings
        : call('settings:update', { openedSensitivePacks: [...settings.openedSensitivePacks, packId] }),
    )
    .catch(() => undefined);
}

/**
 * A prompt to write from, above a new entry: from the pack the user picked (daily reflection
 * at first), chosen by time of day and day, with the reason said and the framework named.
 * The sensitive pack (sexuality) shows its prompts only after the user says so, each time.
 * After the shipped packs come the user's own, written here or imported from a file; their text
 * is only ever rendered as React text (never HTML or Markdown), so markup in a pack stays inert.
 */
export function PromptCard({ onUse }: { onUse: (text: string, prompt: PromptRef) => void }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const [packId, setPackId] = useState(() => localStorage.getItem(PACK_KEY) ?? DEFAULT_PACK);
  const [userPacks, setUserPacks] = useState<UserPack[]>([]);
  const [offset, setOffset] = useState(0);
  const [sensitiveOk, setSensitiveOk] = useState(false);
  const [editing, setEditing] = useState<UserPack | 'new' | null>(null);
  const [deleting, setDeleting] = useState<UserPack | null>(null);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const selectId = useId();
  /** Where focus goes back when the editor closes or a pack is deleted (its buttons are gone). */
  const selectRef = useRef<HTMLSelectElement>(null);

  const reload = useCallback(
    () =>
      call('packs:list', undefined).then(
        ({ packs }) => setUserPacks(packs),
        () => setUserPacks([]), // the shipped packs still work
      ),
    [],
  );
  useEffect(() => {
    let alive = true;
    call('packs:list', undefined).then(
      ({ packs }) => alive && setUserPacks(packs),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  function choose(id: string) {
    setPackId(id);
    localStorage.setItem(PACK_KEY, id);
    setOffset(0);
    setSensitiveOk(false);
  }

  const shipped = promptPackById(packId);
  const mine = shipped ? undefined : userPacks.find((p) => p.id === packId);
  const current = shipped ?? mine ?? promptPackById(DEFAULT_PACK) ?? PROMPT_PACKS[0]!;
  const suggestion = useMemo(() => {
    const now = new Date();
    return suggestPrompt(current, { hour: now.getHours(), dayNumber: localDayNumber(now) }, offset);
  }, [current, offset]);
  const hidden = 'sensitive' in current && current.sensitive && !sensitiveOk;
  const text = inLanguage(suggestion.prompt.text, lang);
  const followUp = suggestion.prompt.followUp ? inLanguage(suggestion.prompt.followUp, lang) : null;
  const framework = suggestion.prompt.framework ?? current.framework;
  const source = mine
    ? mine.origin === 'imported'
      ? t('packs.fromFile', { fileName: mine.fileName ?? '' })
      : t('packs.yours')
    : null;
  const about = [
    t(`prompts.why.${suggestion.reason}`),
    framework ? t(`prompts.frameworks.${framework}`) : null,
    source,
  ].filter((part) => part !== null);

  async function importPack() {
    setImporting(true);
    setOutcome(null);
    try {
      const result = await call('packs:import', undefined);
      if (result.status === 'cancelled') setOutcome({ kind: 'ok', text: t('packs.cancelled') });
      else if (result.status === 'refused') setOutcome({ kind: 'refused', ...result });
      else {
        await reload();
        choose(result.pack.id);
        const name = inLanguage(result.pack.name, lang).text;
        setOutcome({ kind: 'ok', text: t('packs.imported', { name, count: result.pack.prompts.length }) });
      }
    } catch (e) {
      setOutcome({ kind: 'error', text: describeError(t, e) });
    } finally {
      setImporting(false);
    }
  }

  async function deletePack(pack: UserPack) {
    setDeleting(null);
    try {
      await call('packs:delete', { id: pack.id });
      await reload();
      choose(DEFAULT_PACK);
      setOutcome({ kind: 'ok', text: t('packs.deleted') });
      selectRef.current?.focus();
    } catch (e) {
      setOutcome({ kind: 'error', text: describeError(t, e) });
    }
  }

  const problemLine = (p: PackProblem) =>
    t('packs.problems.line', {
      where: p.where === '' ? t('packs.problems.file') : p.where,
      what: t(`packs.problems.${p.kind}`, { limit: p.limit, actual: p.actual, found: p.found }),
    });

  return (
    <aside className="prompt-card" aria-labelledby={`${selectId}-title`}>
      <div className="prompt-head">
        <p className="prompt-title" id={`${selectId}-title`}>
          <Lightbulb size={16} aria-hidden /> {t('prompts.title')}
        </p>
        <label className="select-compact">
          <span>{t('prompts.pack')}</span>
          <select ref={selectRef} id={selectId} value={current.id} onChange={(e) => choose(e.target.value)}>
            <optgroup label={t('packs.shipped')}>
              {PROMPT_PACKS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name[lang]}
                </option>
              ))}
            </optgroup>
            {userPacks.length > 0 ? (
              <optgroup label={t('packs.mine')}>
                {userPacks.map((p) => (
                  <option key={p.id} value={p.id}>
                    {inLanguage(p.name, lang).text}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
      </div>
      {hidden ? (
        <div>
          <p className="hint">{'description' in current ? current.description[lang] : null}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSensitiveOk(true);
              rememberOpened(current.id);
            }}
          >
            {t('prompts.showSensitive')}
          </button>
        </div>
      ) : (
        <>
          <p className="prompt-text" lang={text.lang}>
            {text.text}
          </p>
          {followUp ? (
            <p className="hint" lang={followUp.lang}>
              {followUp.text}
            </p>
          ) : null}
          <p className="prompt-why">{about.join(' · ')}</p>
          <div className="button-row tight-row">
            <button
              type="button"
              className="button"
              onClick={() =>
                onUse(
                  text.text,
                  promptRefOf(
                    current.id,
                    suggestion.prompt,
                    (current.prompts as readonly unknown[]).indexOf(suggestion.prompt),
                  ),
                )
              }
            >
              {t('prompts.use')}
            </button>
            <button type="button" className="button ghost" onClick={() => setOffset((o) => o + 1)}>
              <RefreshCw size={16} aria-hidden /> {t('prompts.another')}
            </button>
          </div>
        </>
      )}
      <div className="button-row tight-row pack-actions">
        <button
          type="button"
          className="button ghost"
          onClick={() => setEditing('new')}
          aria-expanded={editing === 'new'}
        >
          <PenLine size={16} aria-hidden /> {t('packs.write')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => void importPack()}
          disabled={importing}
          aria-busy={importing}
          aria-describedby={`${selectId}-import-help`}
        >
          <FileUp size={16} aria-hidden /> {importing ? t('packs.importing') : t('packs.import')}
        </button>
        {mine?.origin === 'written' ? (
          <button type="button" className="button ghost" onClick={() => setEditing(mine)}>
            <Pencil size={16} aria-hidden /> {t('packs.edit')}
          </button>
        ) : null}
        {mine ? (
          <button type="button" className="button ghost" onClick={() => setDeleting(mine)}>
            <Trash2 size={16} aria-hidden /> {t('packs.delete')}
          </button>
        ) : null}
      </div>
      <p className="hint pack-help" id={`${selectId}-import-help`}>
        {t('packs.importHelp')}
      </p>
      {outcome?.kind === 'refused' ? (
        <div className="message error pack-problems" role="alert">
          <p className="tight" id={`${selectId}-refused`}>
            {t('packs.refused', { fileName: outcome.fileName })}
          </p>
          {/* Focusable, so a long list can be scrolled from the keyboard. */}
          <ul tabIndex={0} aria-labelledby={`${selectId}-refused`}>
            {outcome.problems.map((p, i) => (
              <li key={i}>{problemLine(p)}</li>
            ))}
          </ul>
          {outcome.more > 0 ? (
            <p className="tight">{t('packs.refusedMore', { count: outcome.more })}</p>
          ) : null}
        </div>
      ) : (
        <FeedbackLine feedback={outcome} />
      )}
      {editing ? (
        <PackEditor
          key={editing === 'new' ? 'new' : editing.id}
          {...(editing === 'new' ? {} : { pack: editing })}
          lang={lang}
          onCancel={() => {
            setEditing(null);
            selectRef.current?.focus();
          }}
          onSaved={(saved) => {
            setEditing(null);
            selectRef.current?.focus();
            void reload().then(() => choose(saved.id));
            setOutcome({ kind: 'ok', text: t('packs.editor.saved') });
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('packs.deleteTitle', { name: inLanguage(deleting.name, lang).text })}
          body={t('packs.deleteBody')}
          confirmLabel={t('packs.deleteConfirm')}
          cancelLabel={t('packs.cancel')}
          onConfirm={() => void deletePack(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </aside>
  );
}
