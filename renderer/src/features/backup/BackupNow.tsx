import { HardDriveDownload } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../components/PassphraseField';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { newPassphraseProblem } from '../../lib/newPassphrase';
import { useTaskProgress } from '../../lib/useTaskProgress';
import { formatBytes } from '../../lib/format';
import { StrengthMeter } from '../passphrase/StrengthMeter';

/**
 * "Back up now": one encrypted `.alcove` file of the whole journal, written where the user
 * says in a native save dialog. By default it opens with the journal's passphrase or recovery
 * key (as they are today); a separate backup passphrase can be chosen instead.
 */
export function BackupNow() {
  const { t, i18n } = useTranslation();
  const [separate, setSeparate] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useTaskProgress('backup');
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = separate ? newPassphraseProblem(passphrase, confirm) : null;
    if (wrong) return setFeedback({ kind: 'error', text: t(`create.${wrong}`) });
    setBusy(true);
    setFeedback(null);
    setProgress(null);
    try {
      const result = await call('backup:create', separate ? { passphrase } : {});
      if (result.status === 'written') {
        setPassphrase('');
        setConfirm('');
        setFeedback({
          kind: 'ok',
          text: t('backup.written', {
            name: result.fileName,
            size: formatBytes(result.bytes, i18n.language),
          }),
        });
      }
    } catch (e) {
      setFeedback({ kind: 'error', text: describeError(t, e) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Section
      icon={<HardDriveDownload size={18} aria-hidden />}
      title={t('backup.title')}
      help={t('backup.help')}
    >
      <form onSubmit={submit} noValidate>
        <label className="checkbox">
          <input type="checkbox" checked={separate} onChange={(e) => setSeparate(e.target.checked)} />
          <span>{t('backup.separate')}</span>
        </label>
        {separate ? (
          <>
            <PassphraseField
              name="backup-passphrase"
              label={t('backup.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
            />
            <StrengthMeter passphrase={passphrase} />
            <PassphraseField
              name="backup-confirm"
              label={t('backup.confirm')}
              value={confirm}
              onChange={setConfirm}
              autoComplete="new-password"
            />
          </>
        ) : null}
        {busy && progress ? (
          <div className="field">
            <progress
              max={Math.max(progress.total, 1)}
              value={progress.done}
              aria-label={t('backup.title')}
            />
          </div>
        ) : null}
        <FeedbackLine feedback={feedback} />
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? t('backup.writing') : t('backup.submit')}
        </button>
      </form>
    </Section>
  );
}
