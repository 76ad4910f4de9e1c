import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS = ['byChoice', 'canStop', 'partnerCanStop'] as const;

/**
 * The consent check-in at the start of an intimate exercise, ticked by one partner alone at the
 * screen: here by choice, free to stop, and knowing the other can stop without explaining. All
 * three are needed to go on; nothing of it is kept (the core asks for the three as `true` and
 * stores none). Remount it (a `key`) for the next partner, so no tick carries over.
 */
export function ConsentCheckIn({
  name,
  startLabel,
  onConsented,
}: {
  name: string;
  startLabel: string;
  onConsented: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [ticked, setTicked] = useState({ byChoice: false, canStop: false, partnerCanStop: false });
  const consented = KEYS.every((key) => ticked[key]);
  return (
    <form
      className="couple-card"
      aria-labelledby={`${id}-consent`}
      onSubmit={(event) => {
        event.preventDefault();
        if (consented) onConsented();
      }}
    >
      <h3 id={`${id}-consent`}>{t('couple.consent.heading')}</h3>
      <p>{t('couple.consent.lede', { name })}</p>
      {KEYS.map((key) => (
        <label key={key} className="checkbox">
          <input
            type="checkbox"
            checked={ticked[key]}
            onChange={(e) => setTicked((c) => ({ ...c, [key]: e.target.checked }))}
          />
          <span>{t(`couple.consent.${key}`)}</span>
        </label>
      ))}
      <p className="hint">{t('couple.consent.notNow')}</p>
      <button type="submit" className="button primary" disabled={!consented}>
        {startLabel}
      </button>
    </form>
  );
}
