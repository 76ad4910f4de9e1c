import { Check, Sparkles, X } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMOTIONS,
  MAX_LABELS_PER_CHECKIN,
  SPECIAL_LABELS,
  emotionById,
  emotionName,
} from '../../../../shared/content/emotions';
import type { Feeling } from '../../../../shared/domain/feelings';
import type * as Mirror from '../../../../shared/insights/mirror';
import type { MirrorSuggestion } from '../../../../shared/insights/mirror';
import { call } from '../../lib/api';
import { hasModifier } from '../../lib/shortcuts';
import { fold } from '../../lib/text';
import { FeelingIntensities } from './FeelingIntensities';
import './feelings.css';

const DEFAULT_INTENSITY = 5;
/** How many matching words are offered while typing: a short row, not the whole catalogue. */
const MAX_MATCHES = 8;
/** The mirror reads the text once typing pauses, not on every keystroke. */
const MIRROR_PAUSE_MS = 600;

const ALL_IDS = [...EMOTIONS.map((e) => e.id), ...SPECIAL_LABELS.map((s) => s.id)];

/** The chip colour of a label: its quadrant, or the neutral one for off-grid answers. */
export function quadrantClass(id: string): string {
  return `q-${emotionById(id)?.quadrant ?? 'special'}`;
}

/** Whether the mirror is on (a vault setting, on by default); null until known. */
function useMirrorEnabled(): boolean | null {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    call('settings:get', undefined)
      .then((s) => live && setEnabled(s.mirrorEnabled))
      .catch(() => live && setEnabled(false));
    return () => {
      live = false;
    };
  }, []);
  return enabled;
}

type MirrorEngine = typeof Mirror;

/**
 * The mirror's suggestions for `text`, recomputed once typing pauses (the last ones stay shown
 * meanwhile). The engine and its lexicon load on first use, so a journal with the mirror off
 * never loads them into the page.
 */
function useMirror(text: string, exclude: readonly string[], enabled: boolean): MirrorSuggestion[] {
  const [engine, setEngine] = useState<MirrorEngine | null>(null);
  const [computed, setComputed] = useState<MirrorSuggestion[]>([]);
  const excludeKey = exclude.join(',');
  useEffect(() => {
    if (!enabled || engine) return;
    let live = true;
    void import('../../../../shared/insights/mirror').then((m) => live && setEngine(m));
    return () => {
      live = false;
    };
  }, [enabled, engine]);
  useEffect(() => {
    if (!enabled || !engine) return;
    const timer = setTimeout(() => {
      setComputed(engine.suggestEmotions(text, { exclude: excludeKey ? excludeKey.split(',') : [] }));
    }, MIRROR_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, excludeKey, enabled, engine]);
  if (!enabled || !text.trim()) return [];
  return computed.filter((s) => !exclude.includes(s.id));
}

/**
 * Feelings named for an entry: type to find a word (Enter picks the first), set each one's
 * intensity, and, when the mirror is on, accept or dismiss what it noticed in the text, with the
 * words that triggered each suggestion. Nothing is ever added without the writer's choice.
 */
export function FeelingsField({
  value,
  onChange,
  text,
  withMirror = true,
}: {
  value: readonly Feeling[];
  onChange: (next: Feeling[]) => void;
  /** The entry's title and body, for the mirror. */
  text: string;
  /** Off where there is no text to read (after an exercise): no mirror, no suggestions. */
  withMirror?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const [filter, setFilter] = useState('');
  const [dismissed, setDismissed] = useState<string[]>([]);
  const mirrorSetting = useMirrorEnabled();
  const mirrorEnabled = withMirror && mirrorSetting;
  const ids = { find: useId(), mirror: useId() };
  const name = (id: string) => emotionName(id, lang) ?? id;
  const full = value.length >= MAX_LABELS_PER_CHECKIN;
  const chosen = value.map((f) => f.id);
  const suggestions = useMirror(text, [...chosen, ...dismissed], mirrorEnabled === true);

  const matches = useMemo(() => {
    const needle = fold(filter.trim());
    if (!needle) return [];
    const named = (id: string) => fold(emotionName(id, lang) ?? id);
    // Words that start with the letters first, then words that contain them.
    const starts = ALL_IDS.filter((id) => named(id).startsWith(needle));
    const contains = ALL_IDS.filter((id) => !named(id).startsWith(needle) && named(id).includes(needle));
    return [...starts, ...contains].slice(0, MAX_MATCHES);
  }, [filter, lang]);

  function add(id: string) {
    if (full || chosen.includes(id)) return;
    onChange([...value, { id, intensity: DEFAULT_INTENSITY }]);
  }

  function onFindKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || hasModifier(event.nativeEvent)) return;
    // Enter here picks a word; it must never submit the entry.
    event.preventDefault();
    const first = matches.find((id) => !chosen.includes(id));
    if (first && !full) {
      add(first);
      setFilter('');
    }
  }

  return (
    <fieldset className="feelings-field">
      <legend>{t('feelings.legend')}</legend>
      <FeelingIntensities feelings={value} nameOf={name} onChange={onChange} />
      <div className="field">
        <label htmlFor={ids.find}>{t('feelings.find')}</label>
        <input
          id={ids.find}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={onFindKey}
          autoComplete="off"
          spellCheck={false}
          disabled={full}
          aria-describedby={`${ids.find}-hint`}
        />
        <p className="hint" id={`${ids.find}-hint`}>
          {full ? t('feelings.full') : t('feelings.findHint', { max: MAX_LABELS_PER_CHECKIN })}
        </p>
      </div>
      {filter.trim() && !full ? (
        matches.length > 0 ? (
          <div className="chips" role="group" aria-label={t('feelings.matches', { filter: filter.trim() })}>
            {matches.map((id) => (
              <button
                key={id}
                type="button"
                className={`chip ${quadrantClass(id)}`}
                aria-pressed={chosen.includes(id)}
                onClick={() => {
                  add(id);
                  setFilter('');
                }}
              >
                {name(id)}
              </button>
            ))}
          </div>
        ) : (
          <p className="hint">{t('feelings.noMatch')}</p>
        )
      ) : null}
      {mirrorEnabled ? (
        <section className="mirror" aria-labelledby={ids.mirror}>
          <h3 id={ids.mirror} className="mirror-heading">
            <Sparkles size={16} aria-hidden /> {t('feelings.mirror.heading')}
          </h3>
          <div aria-live="polite">
            {suggestions.length === 0 ? (
              <p className="hint tight">{t('feelings.mirror.none')}</p>
            ) : (
              <ul className="mirror-list">
                {suggestions.map((s) => (
                  <li key={s.id} className={`mirror-item ${quadrantClass(s.id)}`}>
                    <span className="mirror-label">{name(s.id)}</span>
                    <span className="mirror-because">
                      {t('feelings.mirror.because', {
                        words: [...new Set(s.triggers.map((tr) => tr.text))]
                          .slice(0, 3)
                          .map((word) => t('feelings.mirror.quote', { word }))
                          .join(', '),
                      })}
                    </span>
                    <span className="mirror-actions">
                      <button
                        type="button"
                        className="button"
                        disabled={full}
                        onClick={() => add(s.id)}
                        aria-label={t('feelings.mirror.add', { label: name(s.id) })}
                      >
                        <Check size={14} aria-hidden /> {t('feelings.mirror.addShort')}
                      </button>
                      <button
                        type="button"
                        className="button ghost"
                        onClick={() => setDismissed((d) => [...d, s.id])}
                        aria-label={t('feelings.mirror.dismiss', { label: name(s.id) })}
                      >
                        <X size={14} aria-hidden />
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <p className="hint tight">{t('feelings.mirror.explain')}</p>
        </section>
      ) : null}
    </fieldset>
  );
}
