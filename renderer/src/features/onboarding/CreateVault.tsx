import { LoaderCircle, ShieldCheck } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../components/PassphraseField';
import { loadJournal } from '../journal/loadJournal';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { newPassphraseProblem } from '../../lib/newPassphrase';
import { StrengthMeter } from '../passphrase/StrengthMeter';
import { RegionPicker } from '../safety/SafetyScreen';
import type { RegionCode } from '../../../../shared/content/crisisResources';

interface Props {
  onCreated: (recoveryKey: string) => void;
  /** Where the person lives: it picks the helplines the safety screen shows, from the first day. */
  region: RegionCode;
  onRegionChange: (region: RegionCode) => void;
}

export function CreateVault({ onCreated, region, onRegionChange }: Props) {
  const { t, i18n } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problemId = useId();

  const wrong = newPassphraseProblem(passphrase, confirm);
  const tooShort = wrong === 'tooShort';
  const mismatch = wrong === 'mismatch';
  const problem = submitted && wrong ? t(`create.${wrong}`) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (wrong) return;
    setBusy(true);
    try {
      void loadJournal().catch(() => undefined); // loaded while the core creates the vault
      const { recoveryKey } = await call('vault:create', { passphrase });
      setPassphrase('');
      setConfirm('');
      onCreated(recoveryKey);
    } catch (e) {
      setError(describeError(t, e));
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="create-title">
      <h1 id="create-title">{t('create.title')}</h1>
      <p className="lede">{t('create.lede')}</p>
      <p className="lede">{t('create.promise')}</p>
      <form onSubmit={submit} noValidate>
        <RegionPicker
          region={region}
          language={i18n.language.startsWith('fr') ? 'fr' : 'en'}
          onChange={onRegionChange}
          label={t('create.region')}
          hint={t('create.regionHint')}
        />
        <PassphraseField
          name="passphrase"
          label={t('create.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
          autoComplete="new-password"
          invalid={submitted && tooShort}
          describedBy={problem ? problemId : undefined}
          hint={t('create.hint')}
        />
        <StrengthMeter passphrase={passphrase} />
        <div className="spacer" aria-hidden="true" />
        <PassphraseField
          name="confirm"
          label={t('create.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          invalid={submitted && !tooShort && mismatch}
          describedBy={problem ? problemId : undefined}
        />
        {problem ? (
          <p className="field-error" id={problemId} role="alert">
            {problem}
          </p>
        ) : null}
        <p className="message warning">{t('create.warning')}</p>
        {error ? (
          <p className="message error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button primary wide" disabled={busy} aria-busy={busy}>
          {busy ? (
            <LoaderCircle size={18} className="spin" aria-hidden />
          ) : (
            <ShieldCheck size={18} aria-hidden />
          )}
          {busy ? t('create.busy') : t('create.submit')}
        </button>
      </form>
      {/* Argon2id takes about a second: say what is happening, not only on the button. */}
      <p className="visually-hidden" role="status">
        {busy ? t('create.busy') : ''}
      </p>
      <p className="fine-print">{t('create.disclaimer')}</p>
    </section>
  );
}
