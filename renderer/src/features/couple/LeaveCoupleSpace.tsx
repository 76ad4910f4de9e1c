import { Lock } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../components/PassphraseField';
import { call, CoreError } from '../../lib/api';
import { describeError } from '../../lib/errors';

/**
 * Leaving the couple space: the journal behind it belongs to whoever holds the vault passphrase,
 * and the other partner may be at the keyboard. So going back to the journal takes that
 * passphrase (checked by the core, with the unlock back-off); locking is always one click.
 */
export function LeaveCoupleSpace({
  onReturn,
  onLock,
  onStay,
}: {
  onReturn: () => void;
  onLock: () => void;
  onStay: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      await call('vault:verifyPassphrase', { passphrase });
      setPassphrase('');
      onReturn();
    } catch (failure) {
      setError(
        failure instanceof CoreError && failure.code === 'BAD_PASSPHRASE'
          ? t('coupleExport.leave.wrong')
          : describeError(t, failure),
      );
      setPassphrase('');
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="couple-card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('coupleExport.leave.heading')}</h3>
      <p>{t('coupleExport.leave.lede')}</p>
      <PassphraseField
        name="journal-passphrase"
        label={t('coupleExport.leave.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        autoFocus
        invalid={error !== null}
        describedBy={error ? `${id}-error` : undefined}
        inputRef={field}
      />
      {error ? (
        <p id={`${id}-error`} className="message error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy || passphrase === ''}>
          {busy ? t('coupleExport.leave.working') : t('coupleExport.leave.back')}
        </button>
        <button type="button" className="button" onClick={onLock}>
          <Lock size={16} aria-hidden /> {t('coupleExport.leave.lock')}
        </button>
        <button type="button" className="button" onClick={onStay} disabled={busy}>
          {t('coupleExport.leave.stay')}
        </button>
      </div>
    </form>
  );
}
