import { CalendarClock } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  AUTO_BACKUP_FREQUENCIES,
  GenerationsSchema,
  type AutoBackupFrequency,
  type AutoBackupPatch,
  type AutoBackupStatus,
} from '../../../../shared/domain/autoBackup';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call, onEvent } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTaskProgress } from '../../lib/useTaskProgress';
import './backup.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "today 21:40", "yesterday 21:40" or "28 Nov 2026, 21:40", in the interface language. */
function when(t: TFunction, language: string, iso: string, now = new Date()): string {
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(at);
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((midnight(now) - midnight(at)) / DAY_MS);
  if (days === 0) return t('autoBackup.today', { time });
  if (days === 1) return t('autoBackup.yesterday', { time });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(at);
  return t('autoBackup.onDay', { date, time });
}

/** The errno in a recorded message ("… (EISDIR)", "ENOENT: …"), shown when the cause is unusual. */
function errnoOf(message: string): string | null {
  return /\b(E[A-Z0-9]{2,})\b/.exec(message)?.[1] ?? null;
}

/** The last attempt, or the one being written: a quiet line when it worked, an alert when not. */
function LastAttempt({
  status,
  busy,
  onRunNow,
}: {
  status: AutoBackupStatus;
  busy: boolean;
  onRunNow: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [progress] = useTaskProgress('autoBackup');
  const last = status.lastAttempt;
  const runNow = (
    <button type="button" className="button" disabled={busy || status.running} onClick={onRunNow}>
      {t('autoBackup.runNow')}
    </button>
  );
  if (status.running) {
    return (
      <div className="field" role="status">
        <p className="tight-row">{t('autoBackup.running')}</p>
        {progress ? (
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-label={t('autoBackup.running')}
          />
        ) : null}
      </div>
    );
  }
  if (last?.outcome === 'failed' && status.folder) {
    const code = errnoOf(last.message);
    const reason =
      last.problem === 'other'
        ? code
          ? t('autoBackup.reasons.other', { code })
          : t('autoBackup.reasons.unknown')
        : t(`autoBackup.reasons.${last.problem}`);
    return (
      <div className="message error" role="alert">
        <p className="tight-row">{t('autoBackup.failed', { folder: status.folder, reason })}</p>
        <p className="tight-row">{t('autoBackup.failedAt', { when: when(t, i18n.language, last.at) })}</p>
        {runNow}
      </div>
    );
  }
  if (!status.enabled) return null;
  return (
    <div className="auto-backup-last">
      <p className="tight-row" role="status">
        {last?.outcome === 'written'
          ? t('autoBackup.last', { when: when(t, i18n.language, last.at), count: last.kept })
          : t('autoBackup.never')}
      </p>
      {runNow}
    </div>
  );
}

/**
 * Scheduled automatic backups: on/off, the folder (chosen in a native dialog the main process
 * shows: the renderer never names a path), how often, how many to keep, and how the last one went.
 */
export function AutoBackup() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [keep, setKeep] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const ids = { keep: useId(), keepHint: useId(), folder: useId(), frequency: useId() };

  useEffect(() => {
    call('autoBackup:status', undefined)
      .then((s) => {
        setStatus(s);
        setKeep(String(s.generations));
      })
      .catch((e: unknown) => setFeedback({ kind: 'error', text: describeError(t, e) }));
  }, [t]);
  // Attempts started by the timer (or by switching on) report here when they end.
  useEffect(() => onEvent('autoBackup:attempted', setStatus), []);
  // The event can overtake the answer that said "running" (they travel apart), which would leave
  // the section saying "writing…" forever: while it says so, ask again every second.
  const running = status?.running === true;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      call('autoBackup:status', undefined)
        .then((s) => {
          if (!s.running) setStatus(s);
        })
        .catch(() => undefined);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  async function act(task: () => Promise<AutoBackupStatus | null>, done?: (s: AutoBackupStatus) => string) {
    setBusy(true);
    setFeedback(null);
    try {
      const next = await task();
      if (next) {
        setStatus(next);
        setKeep(String(next.generations));
        if (done) setFeedback({ kind: 'ok', text: done(next) });
      }
    } catch (e) {
      setFeedback({ kind: 'error', text: describeError(t, e) });
    } finally {
      setBusy(false);
    }
  }

  const chooseFolder = async () => {
    const chosen = await call('autoBackup:chooseFolder', undefined);
    return chosen.status === 'chosen' ? chosen.backup : null;
  };
  const configure = (patch: AutoBackupPatch) => call('autoBackup:configure', patch);

  function toggle(on: boolean) {
    if (!status) return;
    const before = status;
    // The box follows the click at once; it goes back if the folder dialog is cancelled or it fails.
    setStatus({ ...status, enabled: on });
    void act(
      async () => {
        try {
          if (!on) return await configure({ enabled: false });
          // The first time, the folder comes first; cancelling it leaves backups off.
          if (!before.folder && !(await chooseFolder())) {
            setStatus(before);
            return null;
          }
          return await configure({ enabled: true });
        } catch (e) {
          setStatus(before);
          throw e;
        }
      },
      (s) => t(s.enabled ? 'autoBackup.on' : 'autoBackup.off'),
    );
  }

  function chooseFrequency(frequency: AutoBackupFrequency) {
    if (!status) return;
    const before = status;
    setStatus({ ...status, frequency });
    void act(
      () =>
        configure({ frequency }).catch((e: unknown) => {
          setStatus(before);
          throw e;
        }),
      () => t('autoBackup.saved'),
    );
  }

  function saveKeep(event?: FormEvent) {
    event?.preventDefault();
    if (!status) return;
    const parsed = GenerationsSchema.safeParse(Number(keep));
    if (keep.trim() === '' || !parsed.success) {
      setFeedback({ kind: 'error', text: t('autoBackup.keepInvalid') });
      return;
    }
    if (parsed.data === status.generations) return;
    void act(
      () => configure({ generations: parsed.data }),
      () => t('autoBackup.saved'),
    );
  }

  const keepInvalid = keep.trim() === '' || !GenerationsSchema.safeParse(Number(keep)).success;

  return (
    <Section
      icon={<CalendarClock size={18} aria-hidden />}
      title={t('autoBackup.title')}
      help={t('autoBackup.help')}
    >
      <div className="auto-backup">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={status?.enabled ?? false}
            disabled={status === null || busy}
            onChange={(e) => toggle(e.target.checked)}
          />
          <span>{t('autoBackup.toggle')}</span>
        </label>
        {status?.enabled ? (
          <>
            <div className="field">
              <span className="label" id={ids.folder}>
                {t('autoBackup.folder')}
              </span>
              <p className="auto-backup-folder" aria-labelledby={ids.folder}>
                {status.folder ?? t('autoBackup.noFolder')}
              </p>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void act(chooseFolder, () => t('autoBackup.saved'))}
              >
                {status.folder ? t('autoBackup.changeFolder') : t('autoBackup.chooseFolder')}
              </button>
            </div>
            <fieldset className="auto-backup-frequency">
              <legend>{t('autoBackup.frequency')}</legend>
              {AUTO_BACKUP_FREQUENCIES.map((frequency: AutoBackupFrequency) => (
                <label key={frequency} className="checkbox tight">
                  <input
                    type="radio"
                    name={ids.frequency}
                    value={frequency}
                    checked={status.frequency === frequency}
                    disabled={busy}
                    onChange={() => chooseFrequency(frequency)}
                  />
                  <span>{t(`autoBackup.${frequency}`)}</span>
                </label>
              ))}
            </fieldset>
            <form className="field" onSubmit={saveKeep} noValidate>
              <label htmlFor={ids.keep}>{t('autoBackup.keep')}</label>
              <input
                id={ids.keep}
                className="auto-backup-keep"
                type="number"
                inputMode="numeric"
                min={1}
                max={52}
                step={1}
                value={keep}
                aria-describedby={ids.keepHint}
                aria-invalid={keepInvalid}
                onChange={(e) => setKeep(e.target.value)}
                onBlur={() => saveKeep()}
              />
              <p className="hint" id={ids.keepHint}>
                {t('autoBackup.keepHint')}
              </p>
            </form>
          </>
        ) : null}
        {status ? (
          <LastAttempt
            status={status}
            busy={busy}
            onRunNow={() => {
              setStatus({ ...status, running: true });
              void act(() =>
                call('autoBackup:run', undefined).catch((e: unknown) => {
                  setStatus({ ...status, running: false });
                  throw e;
                }),
              );
            }}
          />
        ) : null}
        <FeedbackLine feedback={feedback} />
      </div>
    </Section>
  );
}
