import type { TFunction } from 'i18next';
import { Bell } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_REMINDERS,
  MAX_REMINDER_TIMES,
  REMINDER_MESSAGES,
  type ReminderPrefs,
  type ReminderWording,
} from '../../../../shared/domain/reminders';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import './reminders.css';

/** Offered, in this order, when a time is added: the first not yet in the list. */
const SUGGESTED_TIMES = ['08:00', '12:30', '18:00', '20:00', '21:30', '07:00'];

/** 0 is Sunday (Date.getDay()); the week starts where the locale starts it, else on Monday. */
function weekdayOrder(locale: string): number[] {
  let first = 1;
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    first = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1; // 1 Monday … 7 Sunday
  } catch {
    // Monday, then.
  }
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

function weekdayName(day: number, locale: string): string {
  // 2026-03-01 was a Sunday: day 0.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 2, 1 + day)),
  );
}

/** Why the draft cannot be saved as it is, or null. */
function problemOf(draft: ReminderPrefs, t: TFunction): string | null {
  if (draft.times.some((time) => time === '')) return t('reminders.emptyTime');
  const repeated = draft.times.find((time, i) => draft.times.indexOf(time) !== i);
  return repeated ? t('reminders.duplicateTime', { time: repeated }) : null;
}

/**
 * Opt-in reminders: on or off, up to four times a day, the days of the week, and what the
 * notification says, with a preview of exactly that text. Kept in the app preferences (readable
 * while locked, which is their point), and the section says so.
 */
export function ReminderSettings() {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const [draft, setDraft] = useState<ReminderPrefs | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const ids = { times: useId(), days: useId(), wording: useId(), preview: useId() };

  useEffect(() => {
    call('prefs:get', undefined)
      // In the order of the day when the section opens; never reordered under the user's hands.
      .then((prefs) => {
        const stored = prefs.reminders ?? DEFAULT_REMINDERS;
        setDraft({ ...stored, times: [...stored.times].sort() });
      })
      .catch((e: unknown) => setFeedback({ kind: 'error', text: describeError(t, e) }));
  }, [t]);

  async function change(next: ReminderPrefs, ok = t('reminders.saved')) {
    setDraft(next);
    const problem = problemOf(next, t);
    if (problem) return setFeedback({ kind: 'error', text: problem });
    try {
      const stored = await call('prefs:set', { reminders: next });
      if (stored.reminders) setDraft(stored.reminders);
      setFeedback({ kind: 'ok', text: ok });
    } catch (e) {
      setFeedback({ kind: 'error', text: describeError(t, e) });
    }
  }

  const message = REMINDER_MESSAGES[language][draft?.wording ?? 'named'];
  const days = weekdayOrder(i18n.language);

  return (
    <Section icon={<Bell size={18} aria-hidden />} title={t('reminders.title')} help={t('reminders.help')}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft?.enabled ?? false}
          disabled={draft === null}
          onChange={(e) =>
            draft &&
            void change(
              { ...draft, enabled: e.target.checked },
              t(e.target.checked ? 'reminders.on' : 'reminders.off'),
            )
          }
        />
        <span>{t('reminders.toggle')}</span>
      </label>

      {draft?.enabled ? (
        <div className="reminders">
          <fieldset className="reminder-fieldset">
            <legend>{t('reminders.times')}</legend>
            <ul className="reminder-times">
              {draft.times.map((time, index) => {
                const id = `${ids.times}-${index}`;
                return (
                  <li key={index}>
                    <label htmlFor={id}>{t('reminders.timeLabel', { number: index + 1 })}</label>
                    <input
                      id={id}
                      type="time"
                      value={time}
                      required
                      aria-invalid={time === '' || draft.times.indexOf(time) !== index}
                      onChange={(e) =>
                        void change({
                          ...draft,
                          times: draft.times.map((other, i) => (i === index ? e.target.value : other)),
                        })
                      }
                    />
                    {draft.times.length > 1 ? (
                      <button
                        type="button"
                        className="button ghost"
                        aria-label={t('reminders.removeLabel', { time: time || '—' })}
                        onClick={() =>
                          void change({ ...draft, times: draft.times.filter((_, i) => i !== index) })
                        }
                      >
                        {t('reminders.remove')}
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {draft.times.length < MAX_REMINDER_TIMES ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void change({
                    ...draft,
                    times: [
                      ...draft.times,
                      SUGGESTED_TIMES.find((time) => !draft.times.includes(time)) ?? '09:00',
                    ],
                  })
                }
              >
                {t('reminders.add')}
              </button>
            ) : (
              <p className="hint">{t('reminders.maxTimes', { count: MAX_REMINDER_TIMES })}</p>
            )}
          </fieldset>

          <fieldset className="reminder-fieldset">
            <legend>{t('reminders.days')}</legend>
            <div className="reminder-days">
              {days.map((day) => (
                <label key={day} className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.days.includes(day)}
                    onChange={(e) =>
                      void change({
                        ...draft,
                        days: e.target.checked
                          ? [...draft.days, day].sort((a, b) => a - b)
                          : draft.days.filter((d) => d !== day),
                      })
                    }
                  />
                  <span>{weekdayName(day, i18n.language)}</span>
                </label>
              ))}
            </div>
            {draft.days.length === 0 ? <p className="hint">{t('reminders.noDay')}</p> : null}
          </fieldset>

          <fieldset className="reminder-fieldset">
            <legend>{t('reminders.wording')}</legend>
            {(['named', 'neutral'] as const satisfies readonly ReminderWording[]).map((wording) => (
              <label key={wording} className="checkbox">
                <input
                  type="radio"
                  name={ids.wording}
                  value={wording}
                  checked={draft.wording === wording}
                  onChange={() => void change({ ...draft, wording })}
                />
                <span>
                  {t(`reminders.${wording}`)}
                  {wording === 'neutral' ? (
                    <span className="hint reminder-hint">{t('reminders.neutralHint')}</span>
                  ) : null}
                </span>
              </label>
            ))}
            <figure className="reminder-preview" aria-labelledby={ids.preview}>
              <figcaption id={ids.preview}>{t('reminders.preview')}</figcaption>
              <div className="reminder-bubble" data-testid="reminder-preview">
                <Bell size={16} aria-hidden />
                <div>
                  <p className="reminder-bubble-title">{message.title}</p>
                  {message.body ? <p className="reminder-bubble-body">{message.body}</p> : null}
                </div>
              </div>
            </figure>
          </fieldset>
        </div>
      ) : null}

      <p className="hint reminder-storage">{t('reminders.storage')}</p>
      <FeedbackLine feedback={feedback} />
    </Section>
  );
}
