import { CalendarClock } from 'lucide-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EARLIEST_ENTRY_DATE,
  entryDateProblem,
  MAX_ENTRY_DATE_AHEAD_MS,
  type Entry,
} from '../../../../shared/domain/entry';
import { call } from '../../lib/api';
import './lifecycle.css';

interface Props {
  entry: Entry;
  onSaved: (entry: Entry, message: string) => void;
  onError: (error: unknown) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day and time of an instant, as date and time inputs hold them. */
function localParts(iso: string): { day: string; time: string } {
  const d = new Date(iso);
  return {
    day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/**
 * The "Change date" button beside "Written …" and its small inline form (local date and time).
 * The core checks the bounds again with its own clock.
 */
export function EntryDateEditor({ entry, onSaved, onError }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [parts, setParts] = useState(() => localParts(entry.createdAt));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The latest day the date input offers (tomorrow, as of opening the form). */
  const [latest, setLatest] = useState('');
  const opener = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    setProblem(null);
    // The button comes back after the form is gone: focus it on the next frame.
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!parts.day || !parts.time) {
      setProblem(t('lifecycle.date.missing'));
      return;
    }
    const at = new Date(`${parts.day}T${parts.time}`); // local wall-clock time
    if (Number.isNaN(at.getTime())) {
      setProblem(t('lifecycle.date.missing'));
      return;
    }
    const iso = at.toISOString();
    const bound = entryDateProblem(iso, Date.now());
    if (bound) {
      setProblem(t(iso < EARLIEST_ENTRY_DATE ? 'lifecycle.date.tooOld' : 'lifecycle.date.tooNew'));
      return;
    }
    setBusy(true);
    try {
      const saved = await call('entries:update', {
        id: entry.id,
        title: entry.title,
        body: entry.body,
        emotions: entry.emotions,
        notForSharing: entry.notForSharing,
        ...(entry.worksheet ? { worksheet: entry.worksheet } : {}),
        createdAt: iso,
      });
      close();
      onSaved(saved, t('lifecycle.date.saved'));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        ref={opener}
        className="button ghost small"
        onClick={() => {
          setParts(localParts(entry.createdAt));
          setLatest(localParts(new Date(Date.now() + MAX_ENTRY_DATE_AHEAD_MS).toISOString()).day);
          setOpen(true);
        }}
      >
        <CalendarClock size={14} aria-hidden /> {t('lifecycle.date.change')}
      </button>
    );
  }
  return (
    <form className="entry-date-form" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate>
      <fieldset>
        <legend>{t('lifecycle.date.legend')}</legend>
        <div className="entry-date-fields">
          <div className="field">
            <label htmlFor={`${id}-day`}>{t('lifecycle.date.day')}</label>
            <input
              id={`${id}-day`}
              type="date"
              value={parts.day}
              min="1900-01-01"
              max={latest}
              autoFocus
              required
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setParts((p) => ({ ...p, day: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('lifecycle.date.time')}</label>
            <input
              id={`${id}-time`}
              type="time"
              value={parts.time}
              required
              onChange={(e) => setParts((p) => ({ ...p, time: e.target.value }))}
            />
          </div>
        </div>
        {problem ? (
          <p id={`${id}-problem`} className="message error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            {t('lifecycle.date.save')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('lifecycle.date.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
