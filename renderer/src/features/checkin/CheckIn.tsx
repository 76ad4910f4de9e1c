import { HeartPulse, Trash2 } from 'lucide-react';
import {
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMOTIONS,
  MAX_LABELS_PER_CHECKIN,
  QUADRANTS,
  SPECIAL_LABELS,
  emotionName,
} from '../../../../shared/content/emotions';
import { DEFAULT_CONTEXT_TAGS, type Checkin } from '../../../../shared/domain/checkin';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { hasModifier, MODIFIER_LABEL } from '../../lib/shortcuts';
import { useDateFormat } from '../journal/useDateFormat';
import { LOW_MOOD_RULE, quadrantOfPoint, sustainedLowMood } from '../../../../shared/insights/checkinStats';
import { lastLocalDays } from '../insights/periods';
import { SafetyContext } from '../safety/safetyAccess';
import { FeelingIntensities } from '../emotions/FeelingIntensities';
import { fold } from '../../lib/text';
import type { Feeling } from '../../../../shared/domain/feelings';
import './checkin.css';
import { PaneHeader } from '../../components/PaneHeader';
import { FeedbackLine, type Feedback } from '../../components/SettingsSection';

const DEFAULT_INTENSITY = 5;

/**
 * A check-in in a few seconds, by keyboard or mouse: type a few letters and Enter picks the
 * first matching word; the grid (two sliders, mirrored by a clickable map) is optional; each
 * word gets an intensity; Ctrl/Cmd+Enter saves. Recent check-ins are listed below.
 */
export function CheckIn({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const formatDate = useDateFormat();
  const [point, setPoint] = useState<{ valence: number; energy: number } | null>(null);
  const [labels, setLabels] = useState<Feeling[]>([]);
  const [filter, setFilter] = useState('');
  const [note, setNote] = useState('');
  const [context, setContext] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Feedback>(null);
  const [recent, setRecent] = useState<Checkin[]>([]);
  /** The last 14 days' check-ins, for the sustained-low-mood rule (recomputed after each save). */
  const [fortnight, setFortnight] = useState<Checkin[]>([]);
  const openSafety = useContext(SafetyContext);
  const filterRef = useRef<HTMLInputElement>(null);
  const ids = { valence: useId(), energy: useId(), filter: useId(), note: useId(), heading: useId() };

  useEffect(() => {
    filterRef.current?.focus();
    call('checkins:list', { limit: 10 })
      .then((page) => setRecent(page.checkins))
      .catch((e: unknown) => setMessage({ kind: 'error', text: describeError(t, e) }));
    call('checkins:list', { limit: 1000, since: lastLocalDays(LOW_MOOD_RULE.days, new Date()).since })
      .then((page) => setFortnight(page.checkins))
      .catch(() => setFortnight([]));
  }, [t]);

  const name = (id: string) => emotionName(id, lang) ?? id;
  // Recomputed when the check-ins change, not on every keystroke in the form.
  const lowMood = useMemo(() => {
    const days = lastLocalDays(LOW_MOOD_RULE.days, new Date());
    return sustainedLowMood(fortnight, days.bucketOf, days.keys);
  }, [fortnight]);
  const lowMoodText = lowMood
    ? t('checkin.lowMood', { days: lowMood.daysWithCheckins, low: lowMood.lowDays })
    : null;
  const full = labels.length >= MAX_LABELS_PER_CHECKIN;
  const nearQuadrant = point ? quadrantOfPoint(point) : null;

  /** The catalogue grouped by quadrant, filtered; the quadrant the grid points at comes first. */
  const groups = useMemo(() => {
    const needle = fold(filter.trim());
    const order = nearQuadrant ? [nearQuadrant, ...QUADRANTS.filter((q) => q !== nearQuadrant)] : QUADRANTS;
    const matches = (id: string) => !needle || fold(emotionName(id, lang) ?? id).includes(needle);
    return [
      ...order.map((quadrant) => ({
        key: quadrant,
        ids: EMOTIONS.filter((e) => e.quadrant === quadrant && matches(e.id)).map((e) => e.id),
      })),
      { key: 'special' as const, ids: SPECIAL_LABELS.map((s) => s.id).filter(matches) },
    ].filter((g) => g.ids.length > 0);
  }, [filter, lang, nearQuadrant]);

  function toggle(id: string) {
    setLabels((current) =>
      current.some((l) => l.id === id)
        ? current.filter((l) => l.id !== id)
        : current.length >= MAX_LABELS_PER_CHECKIN
          ? current
          : [...current, { id, intensity: DEFAULT_INTENSITY }],
    );
  }

  function onFilterKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || hasModifier(event.nativeEvent)) return;
    event.preventDefault();
    const first = groups[0]?.ids[0];
    if (first && filter.trim()) {
      toggle(first);
      setFilter('');
    }
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    if (!point && labels.length === 0) {
      setMessage({ kind: 'error', text: t('checkin.nothingChosen') });
      return;
    }
    setBusy(true);
    try {
      const saved = await call('checkins:add', {
        valence: point?.valence ?? null,
        energy: point?.energy ?? null,
        labels,
        note: note.trim(),
        context,
      });
      setRecent((current) => [saved, ...current].slice(0, 10));
      setFortnight((current) => [saved, ...current]);
      setPoint(null);
      setLabels([]);
      setNote('');
      setContext([]);
      setMessage({ kind: 'ok', text: t('checkin.saved') });
      filterRef.current?.focus();
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, e) });
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    try {
      await call('checkins:delete', { id });
      setRecent((current) => current.filter((c) => c.id !== id));
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(t, e) });
    }
  }

  function onFormKey(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && hasModifier(event.nativeEvent)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      onClose();
    }
  }

  const axis = (which: 'valence' | 'energy', value: number) => {
    setPoint((current) => ({ valence: 0, energy: 0, ...current, [which]: value }));
  };

  return (
    <section className="checkin" aria-labelledby={ids.heading}>
      <PaneHeader
        id={ids.heading}
        icon={<HeartPulse size={20} aria-hidden />}
        title={t('checkin.title')}
        closeLabel={t('checkin.close')}
        onClose={onClose}
      />
      {lowMoodText ? (
        <div className="message info" role="status">
          <p className="tight">{lowMoodText}</p>
          <p className="tight">{t('checkin.lowMoodOffer')}</p>
          <button type="button" className="button" onClick={() => openSafety(lowMoodText)}>
            {t('warning.open')}
          </button>
        </div>
      ) : null}
      <form onSubmit={save} onKeyDown={onFormKey} noValidate>
        <div className="field">
          <label htmlFor={ids.filter}>{t('checkin.findWord')}</label>
          <input
            ref={filterRef}
            id={ids.filter}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={onFilterKey}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${ids.filter}-hint`}
          />
          <p className="hint" id={`${ids.filter}-hint`}>
            {t('checkin.findHint', { max: MAX_LABELS_PER_CHECKIN })}
          </p>
        </div>
        <div className="emotion-groups">
          {groups.map((group) => (
            <div
              key={group.key}
              role="group"
              aria-label={t(`checkin.quadrant.${group.key}`)}
              className="emotion-group"
            >
              <p className={`emotion-group-title q-${group.key}`} aria-hidden>
                {t(`checkin.quadrant.${group.key}`)}
              </p>
              <div className="chips">
                {group.ids.map((id) => {
                  const on = labels.some((l) => l.id === id);
                  return (
                    <button
                      key={id}
                      type="button"
                      className={`chip q-${group.key}`}
                      aria-pressed={on}
                      disabled={!on && full}
                      onClick={() => toggle(id)}
                    >
                      {name(id)}
                    </button>
                  );
                })}
              </div>
            </div>
          ))}
          {groups.length === 0 ? <p className="hint">{t('checkin.noMatch')}</p> : null}
        </div>

        <FeelingIntensities feelings={labels} nameOf={name} onChange={setLabels} />

        <fieldset className="grid-fieldset">
          <legend>{t('checkin.grid')}</legend>
          <p className="hint">{t('checkin.gridHint')}</p>
          <div className="grid-layout">
            <div
              className="mood-grid"
              aria-hidden
              onClick={(e) => {
                const box = e.currentTarget.getBoundingClientRect();
                const valence = Math.round(((e.clientX - box.left) / box.width) * 6 - 3);
                const energy = Math.round(3 - ((e.clientY - box.top) / box.height) * 6);
                setPoint({ valence, energy });
              }}
            >
              <span className="axis-label top">{t('checkin.energyHigh')}</span>
              <span className="axis-label bottom">{t('checkin.energyLow')}</span>
              <span className="axis-label left">{t('checkin.unpleasant')}</span>
              <span className="axis-label right">{t('checkin.pleasant')}</span>
              {point ? (
                <span
                  className="mood-dot"
                  style={{
                    left: `${((point.valence + 3) / 6) * 100}%`,
                    top: `${((3 - point.energy) / 6) * 100}%`,
                  }}
                />
              ) : null}
            </div>
            <div className="grid-sliders">
              <div className="field">
                <label htmlFor={ids.valence}>{t('checkin.valence')}</label>
                <input
                  id={ids.valence}
                  type="range"
                  min={-3}
                  max={3}
                  value={point?.valence ?? 0}
                  aria-valuetext={point ? String(point.valence) : t('checkin.notPlaced')}
                  onChange={(e) => axis('valence', Number(e.target.value))}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.energy}>{t('checkin.energy')}</label>
                <input
                  id={ids.energy}
                  type="range"
                  min={-3}
                  max={3}
                  value={point?.energy ?? 0}
                  aria-valuetext={point ? String(point.energy) : t('checkin.notPlaced')}
                  onChange={(e) => axis('energy', Number(e.target.value))}
                />
              </div>
              <p className="hint">
                {point
                  ? t('checkin.placed', { valence: point.valence, energy: point.energy })
                  : t('checkin.notPlaced')}{' '}
                {point ? (
                  <button type="button" className="link-button" onClick={() => setPoint(null)}>
                    {t('checkin.clearGrid')}
                  </button>
                ) : null}
              </p>
            </div>
          </div>
        </fieldset>

        <fieldset className="context-fieldset">
          <legend>{t('checkin.context')}</legend>
          <div className="chips">
            {DEFAULT_CONTEXT_TAGS.map((tag) => (
              <button
                key={tag}
                type="button"
                className="chip"
                aria-pressed={context.includes(tag)}
                onClick={() =>
                  setContext((current) =>
                    current.includes(tag) ? current.filter((c) => c !== tag) : [...current, tag],
                  )
                }
              >
                {t(`checkin.tags.${tag}`)}
              </button>
            ))}
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor={ids.note}>{t('checkin.note')}</label>
          <textarea id={ids.note} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>

        <FeedbackLine feedback={message} />
        <div className="composer-actions">
          <span className="hint">{t('checkin.saveHint', { modifier: MODIFIER_LABEL })}</span>
          <button
            type="submit"
            className="button primary"
            disabled={busy}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {t('checkin.save')}
          </button>
        </div>
      </form>

      <h3>{t('checkin.recent')}</h3>
      {recent.length === 0 ? (
        <p className="hint">{t('checkin.none')}</p>
      ) : (
        <ul className="checkin-list">
          {recent.map((c) => (
            <li key={c.id}>
              <span className="checkin-when">{formatDate(c.at)}</span>
              <span className="chips">
                {c.labels.map((l) => (
                  <span key={l.id} className="chip static">
                    {name(l.id)} · {l.intensity}
                  </span>
                ))}
                {c.valence !== null && c.energy !== null ? (
                  <span className="chip static">
                    {t('checkin.placed', { valence: c.valence, energy: c.energy })}
                  </span>
                ) : null}
              </span>
              <button
                type="button"
                className="button ghost"
                aria-label={t('checkin.delete', { when: formatDate(c.at) })}
                onClick={() => void remove(c.id)}
              >
                <Trash2 size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
