import { FileUp, KeyRound, LoaderCircle, LockOpen } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityState, LockReason } from '../../../../shared/domain/vault';
import { PassphraseField } from '../../components/PassphraseField';
import { call, CoreError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { lockSettled } from '../../lib/pendingLock';
import { loadJournal } from '../journal/loadJournal';
import { useDiscreet } from '../discreet/discreetMode';

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
  onRestore,
}: {
  notice: LockReason | 'restored' | null;
  onUnlocked: (integrity: IntegrityState) => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const discreet = useDiscreet();
  // In discreet mode "Journal locked." would only repeat the lede in less neutral words.
  const shownNotice = discreet && (notice === 'manual' || notice === 'quit') ? null : notice;
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The vault file itself cannot be read: the way out is a backup, offered right in the error. */
  const [corrupt, setCorrupt] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryAt);
  const waiting = secondsLeft > 0;
  const errorId = useId();
  const recoveryId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [refusals, setRefusals] = useState(0);
  // Announced when the wait starts; the visible countdown below ticks silently.
  const [waitStarted, setWaitStarted] = useState('');

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
    void loadJournal().catch(() => undefined); // fetched and parsed while the core derives the key
    try {
      await lockSettled(); // a quick-hide's lock still on its way must not land after this unlock
      const status = await call(
        'vault:unlock',
        method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryKey: secret },
      );
      setSecret('');
      onUnlocked(status.integrity ?? 'checking');
    } catch (e) {
      // RATE_LIMITED is shown by the live countdown alone; a refused secret also gets its sentence.
      const throttled = e instanceof CoreError && e.code === 'RATE_LIMITED';
      setError(throttled ? null : messageFor(e));
      setCorrupt(e instanceof CoreError && e.code === 'VAULT_CORRUPT');
      if (e instanceof CoreError && e.retryAfterMs) {
        setRetryAt(Date.now() + e.retryAfterMs);
        setWaitStarted(t('errors.RATE_LIMITED', { seconds: Math.ceil(e.retryAfterMs / 1000) }));
      }
      setBusy(false);
      setRefusals((n) => n + 1);
    }
  }

  // The button was disabled while busy, which drops focus: put it back in the field, selected,
  // so retyping replaces the refused secret.
  useEffect(() => {
    if (refusals === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [refusals]);

  // Said when the wait starts, and once when it ends, so nobody has to poll the disabled button.
  const waitAnnouncement = retryAt === null ? '' : waiting ? waitStarted : t('unlock.tryAgainNow');

  const rateMessage = waiting ? t('errors.RATE_LIMITED', { seconds: secondsLeft }) : null;

  return (
    <section className="card" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="lede">{discreet ? t('discreet.unlockLede') : t('unlock.lede')}</p>
      {shownNotice ? (
        <p className="message info" role="status">
          {t(`unlock.locked.${shownNotice}`)}
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
            describedBy={error || rateMessage ? errorId : undefined}
            inputRef={input}
          />
        ) : (
          <div className="field">
            <label htmlFor={recoveryId}>{t('unlock.recoveryKey')}</label>
            <input
              ref={input}
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
              aria-describedby={[`${recoveryId}-hint`, error || rateMessage ? errorId : null]
                .filter(Boolean)
                .join(' ')}
            />
            <p className="hint" id={`${recoveryId}-hint`}>
              {t('unlock.recoveryHint')}
            </p>
          </div>
        )}
        {error || rateMessage ? (
          <div className="message error" id={errorId}>
            {error ? (
              <p className="tight" role="alert">
                {error}
              </p>
            ) : null}
            {corrupt ? (
              <button type="button" className="button" onClick={onRestore}>
                <FileUp size={18} aria-hidden /> {t('unlock.restore')}
              </button>
            ) : null}
            {/* role=timer is not live: the seconds tick on screen without being read out each time. */}
            {rateMessage ? (
              <p className="tight" role="timer">
                {rateMessage}
              </p>
            ) : null}
          </div>
        ) : null}
        <p className="visually-hidden" aria-live="assertive">
          {waitAnnouncement}
        </p>
        <button
          type="submit"
          className="button primary wide"
          disabled={busy || waiting || !secret}
          aria-busy={busy}
        >
          {busy ? (
            <LoaderCircle size={18} className="spin" aria-hidden />
          ) : (
            <LockOpen size={18} aria-hidden />
          )}
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
        <button type="button" className="link-button" onClick={onRestore}>
          <FileUp size={16} aria-hidden /> {t('unlock.restoreLink')}
        </button>
      </p>
    </section>
  );
}
