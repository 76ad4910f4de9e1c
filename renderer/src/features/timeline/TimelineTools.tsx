import { CalendarDays, List } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type TimelineView = 'list' | 'calendar';

interface Props {
  view: TimelineView;
  onView: (view: TimelineView) => void;
  /** Scrolls the list to the first entry on or before that local day ('YYYY-MM-DD'); false when there is none. */
  onJump: (day: string) => Promise<boolean>;
}

/** Above the timeline: list or calendar, and "Go to date". */
export function TimelineTools({ view, onView, onJump }: Props) {
  const { t, i18n } = useTranslation();
  const dateId = useId();
  const [day, setDay] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!day || busy) return;
    setBusy(true);
    setMessage(t('timeline.jump.loading'));
    try {
      const found = await onJump(day);
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
        new Date(y, m - 1, d),
      );
      setMessage(found ? '' : t('timeline.jump.none', { date }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="timeline-tools">
      <div className="view-toggle" role="group" aria-label={t('timeline.views.label')}>
        <button
          type="button"
          className="button ghost"
          aria-pressed={view === 'list'}
          onClick={() => onView('list')}
        >
          <List size={16} aria-hidden /> {t('timeline.views.list')}
        </button>
        <button
          type="button"
          className="button ghost"
          aria-pressed={view === 'calendar'}
          onClick={() => onView('calendar')}
        >
          <CalendarDays size={16} aria-hidden /> {t('timeline.views.calendar')}
        </button>
      </div>
      {view === 'list' ? (
        <form className="jump-to-date" onSubmit={(e) => void submit(e)}>
          <label htmlFor={dateId}>{t('timeline.jump.label')}</label>
          <input id={dateId} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          <button type="submit" className="button" disabled={!day || busy}>
            {t('timeline.jump.go')}
          </button>
          <p className="hint jump-message" role="status">
            {message}
          </p>
        </form>
      ) : null}
    </div>
  );
}
