import { ChevronDown, ChevronUp, Play, PenLine, Star, Sun } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { emotionName } from '../../../../shared/content/emotions';
import { promptById, promptPackById } from '../../../../shared/content/prompts';
import type { ExerciseKind } from '../../../../shared/domain/exercise';
import {
  MAX_FAVOURITES,
  MAX_SET_ASIDE,
  SET_ASIDE_DAYS,
  type SetAside,
  type Settings,
  type SettingsPatch,
  type SuggestionRef,
} from '../../../../shared/domain/settings';
import {
  forYouToday,
  type ForYouInput,
  type ForYouReason,
  type ForYouSuggestion,
} from '../../../../shared/insights/forYouToday';
import { addLocalDays, momentOfCheckin, momentOfEntry } from '../../../../shared/insights/moments';
import { call } from '../../lib/api';
import { openingPromptId } from '../prompts/PromptCard';
import type { PromptRef } from '../../../../shared/domain/entry';
import { describeError } from '../../lib/errors';
import './foryou.css';

type Lang = 'en' | 'fr';
type History = Pick<ForYouInput, 'moments' | 'sessions'>;
/** What the last "Not now" did, so it can be undone or made lasting. */
type Aside = { ref: SuggestionRef; name: string; before: SetAside[]; forGood: boolean };

const sameRef = (a: SuggestionRef, b: SuggestionRef) => a.kind === b.kind && a.id === b.id;
const refOf = (s: ForYouSuggestion): SuggestionRef => ({ kind: s.kind, id: s.id });

/** The name of a suggestion (or of a starred / set-aside thing) in the user's language. */
export function suggestionName(t: TFunction, ref: SuggestionRef, lang: Lang): string {
  if (ref.kind === 'exercise') return t(`exercises.kinds.${ref.id}.name`, { defaultValue: ref.id });
  return promptPackById(ref.id)?.name[lang] ?? ref.id;
}

/** "Suggested because…", from a reason code and its parameters. */
function reasonText(t: TFunction, reason: ForYouReason, lang: Lang): string {
  let because: string;
  switch (reason.code) {
    case 'high-energy-unpleasant':
    case 'low-energy-unpleasant':
    case 'pleasant': {
      const list = new Intl.ListFormat(lang, { style: 'long', type: 'disjunction' });
      because =
        reason.feelings.length > 0
          ? t(`forYou.because.${reason.code}.words`, {
              count: reason.count,
              feelings: list.format(
                reason.feelings.map((id) => t('forYou.quoted', { text: emotionName(id, lang) ?? id })),
              ),
            })
          : t(`forYou.because.${reason.code}.grid`, { count: reason.count });
      break;
    }
    case 'time-of-day':
      because = t(`forYou.because.${reason.time}`);
      break;
    case 'not-in-a-while':
      because = t('forYou.because.not-in-a-while', { count: reason.days });
      break;
    default:
      because = t(`forYou.because.${reason.code}`);
  }
  return t('forYou.because.intro', { reason: because });
}

/**
 * "For you today", above a new entry: up to three suggestions worked out here from the user's own
 * check-ins, entries and exercises (shared/insights/forYouToday.ts), each with why it is there, a
 * way to start, a star and "Not now". It can be folded, and turned off in the settings; its
 * choices are kept in the vault's encrypted settings.
 */
export function ForYouToday({
  onStartExercise,
  onWrite,
}: {
  onStartExercise: (kind: ExerciseKind) => void;
  onWrite: (promptText: string, prompt: PromptRef) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const headingId = useId();
  const listId = useId();
  /** One "now" per visit: the list does not reshuffle while the user reads it. */
  const [now] = useState(() => new Date());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [aside, setAside] = useState<Aside | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    const since = addLocalDays(now, -1).toISOString();
    call('settings:get', undefined)
      .then(async (loaded) => {
        if (!live) return;
        setSettings(loaded);
        if (!loaded.forYouShown) return; // turned off: nothing else is read
        const [checkins, feelings, exercises] = await Promise.all([
          call('checkins:list', { limit: 1000, since }),
          call('entries:feelings', { since }),
          call('exercises:list', { limit: 10_000 }),
        ]);
        if (!live) return;
        setHistory({
          moments: [...checkins.checkins.map(momentOfCheckin), ...feelings.moments.map(momentOfEntry)],
          sessions: exercises.sessions,
        });
      })
      .catch((e: unknown) => {
        if (live) setError(describeError(t, e));
      });
    return () => {
      live = false;
    };
  }, [now, t]);

  const suggestions = useMemo(
    () =>
      settings && history
        ? forYouToday({
            now,
            ...history,
            favourites: settings.forYouFavourites,
            setAside: settings.forYouSetAside,
            openedSensitivePacks: settings.openedSensitivePacks,
            shownElsewhere: [openingPromptId(now)].filter((id): id is string => id !== null),
          })
        : [],
    [now, settings, history],
  );

  useEffect(() => {
    if (aside) undoButton.current?.focus();
  }, [aside]);

  async function save(patch: SettingsPatch) {
    try {
      setSettings(await call('settings:update', patch));
      setError(null);
    } catch (e) {
      setError(describeError(t, e));
    }
  }

  if (!settings || !settings.forYouShown) return null;
  const collapsed = settings.forYouCollapsed;
  const isStarred = (ref: SuggestionRef) => settings.forYouFavourites.some((f) => sameRef(f, ref));
  /** Those still hiding something; a set-aside that has run out is dropped on the next write. */
  const current = settings.forYouSetAside.filter(
    (s) => s.until === null || Date.parse(s.until) > now.getTime(),
  );

  function toggleStar(ref: SuggestionRef) {
    const favourites = settings!.forYouFavourites;
    void save({
      forYouFavourites: isStarred(ref)
        ? favourites.filter((f) => !sameRef(f, ref))
        : [...favourites, ref].slice(-MAX_FAVOURITES),
    });
  }

  function notNow(suggestion: ForYouSuggestion) {
    const ref = refOf(suggestion);
    const until = addLocalDays(now, SET_ASIDE_DAYS).toISOString();
    setAside({ ref, name: suggestionName(t, ref, lang), before: current, forGood: false });
    void save({
      forYouSetAside: [...current.filter((s) => !sameRef(s, ref)), { ...ref, until }].slice(-MAX_SET_ASIDE),
    });
  }

  function undo() {
    if (!aside) return;
    void save({ forYouSetAside: aside.before });
    setAside(null);
  }

  function forGood() {
    if (!aside) return;
    void save({
      forYouSetAside: [...current.filter((s) => !sameRef(s, aside.ref)), { ...aside.ref, until: null }],
    });
    setAside({ ...aside, forGood: true });
  }

  return (
    <section className="for-you" aria-labelledby={headingId}>
      <div className="for-you-head">
        <h2 id={headingId}>
          <Sun size={18} aria-hidden /> {t('forYou.title')}
        </h2>
        <button
          type="button"
          className="button ghost"
          aria-expanded={!collapsed}
          aria-controls={listId}
          aria-label={t(collapsed ? 'forYou.unfoldLabel' : 'forYou.foldLabel')}
          onClick={() => void save({ forYouCollapsed: !collapsed })}
        >
          {collapsed ? <ChevronDown size={16} aria-hidden /> : <ChevronUp size={16} aria-hidden />}
          {t(collapsed ? 'forYou.unfold' : 'forYou.fold')}
        </button>
      </div>
      <div id={listId} hidden={collapsed}>
        {error ? (
          <p className="message error" role="alert">
            {error}
          </p>
        ) : null}
        {aside ? (
          <p className="for-you-aside" role="status">
            {t(aside.forGood ? 'forYou.neverDone' : 'forYou.setAside', {
              name: aside.name,
              days: SET_ASIDE_DAYS,
            })}{' '}
            <button type="button" className="link-button" ref={undoButton} onClick={undo}>
              {t('forYou.undo')}
            </button>
            {aside.forGood ? null : (
              <>
                {' · '}
                <button type="button" className="link-button" onClick={forGood}>
                  {t('forYou.never')}
                </button>
              </>
            )}
          </p>
        ) : null}
        {history && suggestions.length === 0 ? <p className="hint">{t('forYou.empty')}</p> : null}
        <ul className="for-you-list">
          {suggestions.map((s) => {
            const ref = refOf(s);
            const name = suggestionName(t, ref, lang);
            const prompt = s.kind === 'prompt' ? promptById(s.promptId)?.prompt : undefined;
            const starred = isStarred(ref);
            return (
              <li key={`${s.kind}:${s.id}`} className="for-you-item">
                <div className="for-you-text">
                  {s.kind === 'prompt' ? (
                    <>
                      <p className="for-you-kind">{t('forYou.prompt', { pack: name })}</p>
                      <p className="for-you-prompt">{prompt?.text[lang]}</p>
                    </>
                  ) : (
                    <p className="for-you-name">{name}</p>
                  )}
                  <p className="for-you-why">{reasonText(t, s.reason, lang)}</p>
                </div>
                <div className="button-row tight-row for-you-actions">
                  {s.kind === 'exercise' ? (
                    <button
                      type="button"
                      className="button primary"
                      aria-label={t('forYou.startExerciseLabel', { name })}
                      onClick={() => onStartExercise(s.id)}
                    >
                      <Play size={16} aria-hidden /> {t('forYou.startExercise')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button primary"
                      aria-label={t('forYou.writeLabel', { pack: name })}
                      onClick={() => {
                        const found = promptById(s.promptId);
                        if (found)
                          onWrite(found.prompt.text[lang], { packId: found.pack.id, promptId: s.promptId });
                      }}
                    >
                      <PenLine size={16} aria-hidden /> {t('forYou.write')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button ghost for-you-star"
                    aria-pressed={starred}
                    aria-label={t('forYou.star', { name })}
                    title={t('forYou.star', { name })}
                    onClick={() => toggleStar(ref)}
                  >
                    <Star size={16} aria-hidden fill={starred ? 'currentColor' : 'none'} />
                  </button>
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={t('forYou.notNowLabel', { name })}
                    onClick={() => notNow(s)}
                  >
                    {t('forYou.notNow')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
