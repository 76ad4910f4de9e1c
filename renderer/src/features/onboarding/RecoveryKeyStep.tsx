import { Copy, Printer } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const normalise = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

/**
 * Shows the recovery key once, offers to copy or print it, and asks for its last group back,
 * so "I wrote it down" is checked rather than clicked through. The key is never stored.
 */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const groups = recoveryKey.split('-');
  const lastGroup = groups.at(-1) ?? '';
  const [wroteItDown, setWroteItDown] = useState(false);
  const [check, setCheck] = useState('');
  const [checked, setChecked] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen after the busy button: start reading from its title.
  useEffect(() => heading.current?.focus(), []);
  const checkId = useId();
  const errorId = useId();
  const matches = normalise(check) === normalise(lastGroup);

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied('yes');
    } catch {
      // The clipboard can be refused (permissions, no focus); selecting the key still works.
      setCopied('failed');
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (wroteItDown && matches) onDone();
  }

  return (
    <section className="card recovery-card" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p className="lede">{t('recovery.lede')}</p>
      <p className="recovery-key" data-testid="recovery-key" aria-label={t('recovery.title')}>
        {groups.join(' ')}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={copy}>
          <Copy size={18} aria-hidden />
          {copied === 'yes' ? t('recovery.copied') : t('recovery.copy')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          <Printer size={18} aria-hidden />
          {t('recovery.print')}
        </button>
      </div>
      <p className={copied === 'failed' ? 'hint copy-status' : 'visually-hidden'} role="status">
        {copied === 'yes' ? t('recovery.copiedStatus') : copied === 'failed' ? t('recovery.copyFailed') : ''}
      </p>
      <form onSubmit={submit} noValidate>
        <label className="checkbox">
          <input type="checkbox" checked={wroteItDown} onChange={(e) => setWroteItDown(e.target.checked)} />
          <span>{t('recovery.wroteItDown')}</span>
        </label>
        <div className="field">
          <label htmlFor={checkId}>{t('recovery.checkLabel')}</label>
          <input
            id={checkId}
            type="text"
            value={check}
            onChange={(e) => setCheck(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={12}
            aria-invalid={checked && !matches ? true : undefined}
            aria-describedby={checked && !matches ? errorId : undefined}
          />
          {checked && !matches ? (
            <p className="field-error" id={errorId} role="alert">
              {t('recovery.checkMismatch')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button primary wide" disabled={!wroteItDown || check.length === 0}>
          {t('recovery.continue')}
        </button>
      </form>
    </section>
  );
}
