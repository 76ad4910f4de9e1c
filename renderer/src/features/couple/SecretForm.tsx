import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../components/PassphraseField';
import { CoreError } from '../../lib/api';
import { describeError } from '../../lib/errors';

/**
 * Asks one partner for their secret, for one call. The secret lives in this form's state only
 * until the call answers, then is cleared: the core unlocks, uses and wipes that partner's keys
 * within the call, and nothing here keeps it.
 */
export function SecretForm({
  heading,
  names,
  children,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  heading: string;
  /** One field per name (two for the reveal, each partner typing their own). */
  names: readonly string[];
  children?: ReactNode;
  submitLabel: string;
  onSubmit: (secrets: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [secrets, setSecrets] = useState<string[]>(() => names.map(() => ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy || secrets.some((s) => s === '')) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(secrets);
    } catch (failure) {
      setError(
        failure instanceof CoreError && failure.code === 'BAD_PASSPHRASE'
          ? t(names.length > 1 ? 'couple.secret.wrongOne' : 'couple.secret.wrong')
          : describeError(t, failure),
      );
      setSecrets(names.map(() => ''));
      first.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="couple-card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{heading}</h3>
      {children}
      {names.map((name, i) => (
        <PassphraseField
          key={name + String(i)}
          name={`couple-secret-${i}`}
          label={t('couple.secret.label', { name })}
          value={secrets[i] ?? ''}
          onChange={(value) => setSecrets((current) => current.map((s, j) => (j === i ? value : s)))}
          autoComplete="off"
          autoFocus={i === 0}
          invalid={error !== null}
          describedBy={error ? `${id}-error` : undefined}
          inputRef={i === 0 ? first : undefined}
        />
      ))}
      {error ? (
        <p id={`${id}-error`} className="message error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy || secrets.some((s) => s === '')}>
          {busy ? t('couple.secret.working') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('couple.secret.cancel')}
        </button>
      </div>
    </form>
  );
}
