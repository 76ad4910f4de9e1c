import { KeyRound, LockOpen } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityState, LockReason } from '../../../../shared/domain/vault';
import { PassphraseField } from '../../components/PassphraseField';
import { call, CoreError } from '../../lib/api';
import { describeError } from '../../lib/errors';

type Method = 'passphrase' | 'recovery';

/** Seconds left until `until` (ms since epoch), ticking once a second while positive. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

export function Unlock({
  notice,
  onUnlocked,
}: {
  notice: LockReason | null;
  onUnlocked: (integrity: IntegrityState) => void;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryAt);
  const waiting = secondsLeft > 0;
  const errorId = useId();
  const recoveryId = useId();

  function messageFor(e: unknown): string {
    if (e instanceof CoreError && e.code === 'BAD_PASSPHRASE' && method === 'recovery') {
      return /typo/.test(e.message) ? t('errors.RECOVERY_TYPO') : t('errors.BAD_RECOVERY_KEY');
    }
    return describeError(t, e);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!secret || waiting) return;
    setBusy(true);
    setError(null);
    try {
      const status = await call(
        'vault:unlock',
        method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryKey: secret },
      );
      setSecret('');
      onUnlocked(status.integrity ?? 'checking');
    } catch (e) {
      setError(messageFor(e));
      if (e instanceof CoreError && e.retryAfterMs) setRetryAt(Date.now() + e.retryAfterMs);
      setBusy(false);
    }
  }

  const rateMessage = waiting ? t('errors.RATE_LIMITED', { seconds: secondsLeft }) : null;

  return (
    <section className="card" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="lede">{t('unlock.lede')}</p>
      {notice ? (
        <p className="message info" role="status">
          {t(`unlock.locked.${notice}`)}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {method === 'passphrase' ? (
          <PassphraseField
            key="passphrase"
            name="passphrase"
            label={t('unlock.passphrase')}
            value={secret}
            onChange={setSecret}
            autoFocus
            autoComplete="current-password"
            invalid={error !== null}
            describedBy={error ? errorId : undefined}
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
              autoCapitalize="characters"
              aria-invalid={error !== null || undefined}
              aria-describedby={[`${recoveryId}-hint`, error ? errorId : null].filter(Boolean).join(' ')}
            />
            <p className="hint" id={`${recoveryId}-hint`}>
              {t('unlock.recoveryHint')}
            </p>
          </div>
        )}
        {error || rateMessage ? (
          <div className="message error" id={errorId} role="alert">
            {error ? <p className="tight">{error}</p> : null}
            {rateMessage ? <p className="tight">{rateMessage}</p> : null}
          </div>
        ) : null}
        <button
          type="submit"
          className="button primary wide"
          disabled={busy || waiting || !secret}
          aria-busy={busy}
        >
          <LockOpen size={18} aria-hidden />
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </button>
      </form>
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
    </section>
  );
}
