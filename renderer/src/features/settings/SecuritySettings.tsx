import { FileOutput, KeyRound, RefreshCw, Timer } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_CHOICES } from '../../../../shared/domain/settings';
import { PassphraseField } from '../../components/PassphraseField';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { About } from '../about/About';
import { AutoBackup } from '../backup/AutoBackup';
import { BackupNow } from '../backup/BackupNow';
import { DiscreetSettings } from '../discreet/DiscreetSettings';
import { TextSizeSettings } from '../appearance/TextSizeSettings';
import { MirrorSettings } from '../emotions/MirrorSettings';
import { ForYouSettings } from '../foryou/ForYouSettings';
import { ReminderSettings } from '../reminders/ReminderSettings';
import { ImportSection } from '../exchange/ImportSection';
import { TagSettings } from '../tags/TagSettings';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { newPassphraseProblem } from '../../lib/newPassphrase';
import { useTaskProgress } from '../../lib/useTaskProgress';
import { RecoveryKeyStep } from '../onboarding/RecoveryKeyStep';
import { StrengthMeter } from '../passphrase/StrengthMeter';

function IdleLock() {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = useId();
  useEffect(() => {
    call('settings:get', undefined)
      .then((s) => setMinutes(s.idleLockMinutes))
      .catch((e: unknown) => setFeedback({ kind: 'error', text: describeError(t, e) }));
  }, [t]);
  async function choose(value: number) {
    setMinutes(value);
    try {
      await call('settings:update', { idleLockMinutes: value });
      setFeedback({ kind: 'ok', text: t('settings.idleSaved') });
    } catch (e) {
      setFeedback({ kind: 'error', text: describeError(t, e) });
    }
  }
  return (
    <Section icon={<Timer size={18} aria-hidden />} title={t('settings.idleTitle')}>
      <div className="field">
        <label htmlFor={id}>{t('settings.idleLabel')}</label>
        <select
          id={id}
          value={minutes ?? ''}
          disabled={minutes === null}
          onChange={(e) => void choose(Number(e.target.value))}
        >
          {IDLE_LOCK_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m === 0 ? t('settings.idleNever') : t('settings.idleMinutes', { count: m })}
            </option>
          ))}
        </select>
      </div>
      <FeedbackLine feedback={feedback} />
    </Section>
  );
}

function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = newPassphraseProblem(next, confirm);
    if (wrong) return setFeedback({ kind: 'error', text: t(`create.${wrong}`) });
    setBusy(true);
    try {
      await call('vault:changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setFeedback({ kind: 'ok', text: t('settings.changed') });
    } catch (e) {
      setFeedback({ kind: 'error', text: describeError(t, e) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section
      icon={<KeyRound size={18} aria-hidden />}
      title={t('settings.changeTitle')}
      help={t('settings.changeHelp')}
    >
      <form onSubmit={submit} noValidate>
        <PassphraseField
          name="current"
          label={t('settings.currentPassphrase')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PassphraseField
          name="next"
          label={t('settings.newPassphrase')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
        />
        <StrengthMeter passphrase={next} />
        <PassphraseField
          name="confirm"
          label={t('settings.confirmPassphrase')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
        />
        <FeedbackLine feedback={feedback} />
        <button type="submit" className="button" disabled={busy || !current || !next} aria-busy={busy}>
          {busy ? t('settings.working') : t('settings.changeSubmit')}
        </button>
      </form>
    </Section>
  );
}

/** Regenerating the recovery key and rotating the data key both end with a new key, shown once. */
function KeyReplacement({
  kind,
  onNewKey,
}: {
  kind: 'recovery' | 'rotate';
  onNewKey: (key: string) => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useTaskProgress('rotateDataKey');
  const [feedback, setFeedback] = useState<Feedback>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFeedback(null);
    setProgress(null);
    try {
      const { recoveryKey } =
        kind === 'recovery'
          ? await call('vault:regenerateRecoveryKey', { passphrase })
          : await call('vault:rotateDataKey', { passphrase });
      setPassphrase('');
      onNewKey(recoveryKey);
    } catch (e) {
      setFeedback({ kind: 'error', text: describeError(t, e) });
      setBusy(false);
    }
  }
  const title = kind === 'recovery' ? t('settings.recoveryTitle') : t('settings.rotateTitle');
  return (
    <Section
      icon={<RefreshCw size={18} aria-hidden />}
      title={title}
      help={kind === 'recovery' ? t('settings.recoveryHelp') : t('settings.rotateHelp')}
    >
      <form onSubmit={submit} noValidate>
        <PassphraseField
          name={`${kind}-passphrase`}
          label={t('settings.currentPassphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
        {busy && kind === 'rotate' && progress ? (
          <div className="field">
            <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={title} />
            <p className="hint" role="status">
              {t('settings.rotating', { done: progress.done, total: progress.total })}
            </p>
          </div>
        ) : null}
        <FeedbackLine feedback={feedback} />
        <button type="submit" className="button" disabled={busy || !passphrase} aria-busy={busy}>
          {busy
            ? t('settings.working')
            : kind === 'recovery'
              ? t('settings.recoverySubmit')
              : t('settings.rotateSubmit')}
        </button>
      </form>
    </Section>
  );
}

export function SecuritySettings({
  onClose,
  onExport,
  onImported,
}: {
  onClose: () => void;
  onExport: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [newKey, setNewKey] = useState<string | null>(null);
  if (newKey) return <RecoveryKeyStep recoveryKey={newKey} onDone={() => setNewKey(null)} />;
  return (
    <div className="settings">
      <div className="entry-head">
        <h2>{t('settings.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
      <IdleLock />
      <TextSizeSettings />
      <DiscreetSettings />
      <MirrorSettings />
      <ForYouSettings />
      <ReminderSettings />
      <TagSettings onEntriesChanged={onImported} />
      <BackupNow />
      <AutoBackup />
      <Section
        icon={<FileOutput size={18} aria-hidden />}
        title={t('exchange.export.title')}
        help={t('exchange.export.lede')}
      >
        <button type="button" className="button" onClick={onExport}>
          {t('exchange.export.open')}
        </button>
      </Section>
      <ImportSection onImported={onImported} />
      <ChangePassphrase />
      <KeyReplacement kind="recovery" onNewKey={setNewKey} />
      <KeyReplacement kind="rotate" onNewKey={setNewKey} />
      <About />
    </div>
  );
}
