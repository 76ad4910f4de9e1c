import { FileUp, KeyRound, LoaderCircle } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/ipc/contract';
import type { VaultStatus } from '../../../../shared/domain/vault';
import { PassphraseField } from '../../components/PassphraseField';
import { loadJournal } from '../journal/loadJournal';
import { call, CoreError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTaskProgress } from '../../lib/useTaskProgress';
import { formatBytes } from '../../lib/format';

type Chosen = Extract<Output<'backup:choose'>, { status: 'chosen' }>;

/**
 * Restore from an `.alcove` backup (a new computer, or a damaged journal): choose the file in a
 * native dialog, give the secret that opens it, and the core verifies all of it before changing
 * anything — then asks, natively, before replacing a journal that exists.
 */
export function RestoreBackup({
  onCancel,
  onRestored,
}: {
  onCancel: () => void;
  onRestored: (vault: VaultStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [method, setMethod] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useTaskProgress('restore');
  const recoveryId = useId();

  function messageFor(e: unknown): string {
    if (e instanceof CoreError && e.code === 'BAD_PASSPHRASE') {
      return chosen?.protection === 'backup-passphrase'
        ? t('restore.badBackupPassphrase')
        : method === 'recovery'
          ? t('errors.BAD_RECOVERY_KEY')
          : t('restore.badPassphrase');
    }
    return describeError(t, e);
  }

  async function choose() {
    setError(null);
    setNotice(null);
    try {
      const result = await call('backup:choose', undefined);
      if (result.status === 'chosen') {
        setChosen(result);
        setMethod('passphrase');
        setSecret('');
      }
    } catch (e) {
      setError(messageFor(e));
    }
  }

  async function restore(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !secret) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    setProgress(null);
    try {
      void loadJournal().catch(() => undefined); // loaded while the core restores
      const result = await call('backup:restore', {
        token: chosen.token,
        credentials:
          method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryKey: secret },
      });
      if (result.status === 'restored') {
        setSecret('');
        onRestored(result.vault);
        return;
      }
      setNotice(t('restore.cancelled'));
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby="restore-title">
      <h1 id="restore-title">{t('restore.title')}</h1>
      <p className="lede">{t('restore.lede')}</p>
      {chosen ? (
        <form onSubmit={restore} noValidate>
          <p className="chosen-file">
            <FileUp size={18} aria-hidden /> <strong>{chosen.fileName}</strong>{' '}
            <span className="hint">({formatBytes(chosen.bytes, i18n.language)})</span>
          </p>
          <p className="hint">
            {chosen.protection === 'vault' ? t('restore.opensWithVault') : t('restore.opensWithBackup')}
          </p>
          {method === 'passphrase' ? (
            <PassphraseField
              key="passphrase"
              name="restore-passphrase"
              label={chosen.protection === 'vault' ? t('restore.passphrase') : t('restore.backupPassphrase')}
              value={secret}
              onChange={setSecret}
              autoFocus
              autoComplete="current-password"
              invalid={error !== null}
            />
          ) : (
            <div className="field">
              <label htmlFor={recoveryId}>{t('unlock.recoveryKey')}</label>
              <input
                id={recoveryId}
                type="text"
                className="mono"
                value={secret}
                onChange={(e) => setSecret(e.target.value)}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                aria-invalid={error !== null || undefined}
              />
            </div>
          )}
          {busy && progress ? (
            <div className="field">
              <progress
                max={Math.max(progress.total, 1)}
                value={progress.done}
                aria-label={t('restore.title')}
              />
              <p className="hint" role="status">
                {progress.done * 2 <= progress.total ? t('restore.verifying') : t('restore.writing')}
              </p>
            </div>
          ) : null}
          {error ? (
            <p className="message error" role="alert">
              {error}
            </p>
          ) : null}
          {notice ? (
            <p className="message info" role="status">
              {notice}
            </p>
          ) : null}
          <button type="submit" className="button primary wide" disabled={busy || !secret} aria-busy={busy}>
            {busy ? <LoaderCircle size={18} className="spin" aria-hidden /> : null}
            {busy ? t('restore.busy') : t('restore.submit')}
          </button>
          {chosen.protection === 'vault' ? (
            <p className="switch-method">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setMethod((m) => (m === 'passphrase' ? 'recovery' : 'passphrase'));
                  setSecret('');
                  setError(null);
                }}
              >
                <KeyRound size={16} aria-hidden />{' '}
                {method === 'passphrase' ? t('unlock.useRecovery') : t('unlock.usePassphrase')}
              </button>
            </p>
          ) : null}
        </form>
      ) : (
        <>
          {error ? (
            <p className="message error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="button" className="button primary wide" onClick={() => void choose()}>
            <FileUp size={18} aria-hidden /> {t('restore.choose')}
          </button>
        </>
      )}
      <p className="switch-method">
        {chosen && !busy ? (
          <button type="button" className="link-button" onClick={() => void choose()}>
            {t('restore.chooseAnother')}
          </button>
        ) : null}{' '}
        <button type="button" className="link-button" onClick={onCancel} disabled={busy}>
          {t('restore.back')}
        </button>
      </p>
    </section>
  );
}
