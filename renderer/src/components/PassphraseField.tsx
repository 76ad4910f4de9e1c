import { Eye, EyeOff } from 'lucide-react';
import { useId, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  autoComplete: 'new-password' | 'current-password' | 'off';
  invalid?: boolean;
  describedBy?: string;
  hint?: ReactNode;
  name: string;
  /** To give the field focus back, e.g. after a refused passphrase. */
  inputRef?: Ref<HTMLInputElement>;
}

/** A password input with a show/hide toggle; never spell-checked, never autocorrected. */
export function PassphraseField({
  label,
  value,
  onChange,
  autoFocus,
  autoComplete,
  invalid,
  describedBy,
  hint,
  name,
  inputRef,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [visible, setVisible] = useState(false);
  const described = [hint ? hintId : null, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="input-with-button">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoFocus={autoFocus}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={invalid || undefined}
          aria-describedby={described}
        />
        <button
          type="button"
          className="button ghost"
          onClick={() => setVisible((v) => !v)}
          aria-label={visible ? t('passphrase.hideLabel') : t('passphrase.showLabel')}
          aria-pressed={visible}
        >
          {visible ? <EyeOff size={18} aria-hidden /> : <Eye size={18} aria-hidden />}
          <span>{visible ? t('passphrase.hide') : t('passphrase.show')}</span>
        </button>
      </div>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
