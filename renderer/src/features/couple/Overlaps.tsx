import { useTranslation } from 'react-i18next';
import { DESIRE_LIST } from '../../../../shared/content/couple/desireList';
import type { DesireOverlap } from '../../../../shared/domain/couple';

/**
 * What both partners want, in the list's order: mutual yes first, then yes/maybe. The core
 * never returns a "no" (nor maybe/maybe); the honest sentence says what the absence can mean.
 */
export function Overlaps({
  overlaps,
  onBack,
}: {
  overlaps: readonly DesireOverlap[];
  /** Without it, no back button: the screen that shows the overlaps has its own way back. */
  onBack?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const found = new Map(overlaps.map((o) => [o.itemId, o]));
  const items = DESIRE_LIST.items.filter((item) => found.has(item.id));
  const bothYes = items.filter((item) => found.get(item.id)!.a === 'yes' && found.get(item.id)!.b === 'yes');
  const yesMaybe = items.filter((item) => !bothYes.includes(item));
  return (
    <div className="couple-overlaps">
      <h3>{t('couple.overlaps.heading')}</h3>
      {items.length === 0 ? <p>{t('couple.overlaps.none')}</p> : null}
      {bothYes.length > 0 ? (
        <section aria-labelledby="couple-both-yes" className="couple-card">
          <h4 id="couple-both-yes">{t('couple.overlaps.bothYes')}</h4>
          <ul data-testid="both-yes">
            {bothYes.map((item) => (
              <li key={item.id} data-item={item.id}>
                {item[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {yesMaybe.length > 0 ? (
        <section aria-labelledby="couple-yes-maybe" className="couple-card">
          <h4 id="couple-yes-maybe">{t('couple.overlaps.yesMaybe')}</h4>
          <ul data-testid="yes-maybe">
            {yesMaybe.map((item) => (
              <li key={item.id} data-item={item.id}>
                {item[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="hint">{t('couple.overlaps.honest')}</p>
      <p className="hint">{t('couple.overlaps.talk')}</p>
      {onBack ? (
        <button type="button" className="button" onClick={onBack}>
          {t('couple.overlaps.back')}
        </button>
      ) : null}
    </div>
  );
}
