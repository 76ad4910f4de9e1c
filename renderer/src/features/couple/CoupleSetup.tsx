import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoupleStatus } from '../../../../shared/domain/couple';
import { MIN_PASSPHRASE_CHARS } from '../../../../shared/domain/passphraseLimits';
import { PassphraseField } from '../../components/PassphraseField';
import { call, CoreError } from '../../lib/api';
import { describeError } from '../../lib/errors';

interface PartnerDraft {
  name: string;
  pronouns: string;
  secret: string;
}

/**
 * Set-up with both partners at the keyboard, one after the other: each writes the name and
 * pronouns they choose and their own secret, then hands the keyboard over. The secrets stay in
 * this component only until the space is created.
 */
export function CoupleSetup({
  onDone,
  onCancel,
}: {
  onDone: (status: CoupleStatus) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'a' | 'handOver' | 'b'>('a');
  const [first, setFirst] = useState<PartnerDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(second: PartnerDraft) {
    if (!first) return;
    setBusy(true);
    setError(null);
    try {
      const status = await call('couple:setup', { a: first, b: second });
      setFirst(null);
      onDone(status);
    } catch (failure) {
      setError(
        failure instanceof CoreError && failure.code === 'VALIDATION' && /secret/.test(failure.message)
          ? t('couple.setup.sameSecret')
          : describeError(t, failure),
      );
      setFirst(null);
      setStep('a');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="couple-setup">
      <h3>{t('couple.setup.heading')}</h3>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {step === 'a' ? (
        <PartnerForm
          key="a"
          n={1}
          submitLabel={t('couple.setup.continue')}
          busy={false}
          onCancel={onCancel}
          onSubmit={(draft) => {
            setFirst(draft);
            setStep('handOver');
          }}
        />
      ) : step === 'handOver' ? (
        <div className="couple-card couple-handover">
          <h3>{t('couple.handOver.heading', { name: t('couple.setup.partnerHeading', { n: 2 }) })}</h3>
          <p>{t('couple.setup.who', { n: 2 })}</p>
          <button type="button" className="button primary" autoFocus onClick={() => setStep('b')}>
            {t('couple.setup.continue')}
          </button>
        </div>
      ) : (
        <PartnerForm
          key="b"
          n={2}
          submitLabel={busy ? t('couple.setup.creating') : t('couple.setup.create')}
          busy={busy}
          onCancel={onCancel}
          onSubmit={(draft) => void create(draft)}
        />
      )}
    </div>
  );
}

function PartnerForm({
  n,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  n: number;
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: PartnerDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [pronouns, setPronouns] = useState('');
  const [secret, setSecret] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const problem =
    name.trim() === ''
      ? t('couple.setup.nameMissing')
      : secret.length < MIN_PASSPHRASE_CHARS
        ? t('couple.setup.tooShort')
        : secret !== confirm
          ? t('couple.setup.mismatch')
          : null;

  return (
    <form
      className="couple-card"
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem === null && !busy) onSubmit({ name: name.trim(), pronouns: pronouns.trim(), secret });
      }}
    >
      <h3 id={`${id}-h`}>{t('couple.setup.partnerHeading', { n })}</h3>
      <p className="hint">{t('couple.setup.who', { n })}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('couple.setup.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={40}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pronouns`}>{t('couple.setup.pronouns')}</label>
        <input
          id={`${id}-pronouns`}
          type="text"
          value={pronouns}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-pronouns-hint`}
          onChange={(e) => setPronouns(e.target.value)}
        />
        <p id={`${id}-pronouns-hint`} className="hint">
          {t('couple.setup.pronounsHint')}
        </p>
      </div>
      <PassphraseField
        name={`couple-new-secret-${n}`}
        label={t('couple.setup.secret')}
        value={secret}
        onChange={setSecret}
        autoComplete="new-password"
        hint={t('couple.setup.secretHint')}
      />
      <PassphraseField
        name={`couple-confirm-secret-${n}`}
        label={t('couple.setup.confirm')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
        invalid={tried && problem !== null}
        describedBy={tried && problem ? `${id}-problem` : undefined}
      />
      {tried && problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('couple.secret.cancel')}
        </button>
      </div>
    </form>
  );
}
