import { LifeBuoy } from 'lucide-react';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findWarningSigns, type WarningCategory } from '../../../../shared/insights/warningSigns';
import { SafetyContext } from './safetyAccess';

/** How long typing must pause before the text is read again (it never slows typing down). */
const SETTLE_MS = 700;

/**
 * While writing: when the text holds words that sometimes go with suicidal thoughts, self-harm,
 * violence from a partner or sexual coercion, a quiet notice offers the help page and says why.
 * Deterministic and on this computer only; it never blocks writing or saving, never tells
 * anyone, and once dismissed stays away until the text says something new of that kind.
 */
export function WarningNotice({ text }: { text: string }) {
  const { t } = useTranslation();
  const openSafety = useContext(SafetyContext);
  const [categories, setCategories] = useState<WarningCategory[]>([]);
  /** How long the last text read was (tests wait on it; it says nothing about the content). */
  const [checkedLength, setCheckedLength] = useState(0);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setCategories([...new Set(findWarningSigns(text).map((m) => m.category))]);
      setCheckedLength(text.length);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const shown = categories.filter((c) => !dismissed.has(c));
  const marker = <span hidden data-testid="warning-checked" data-length={checkedLength} />;
  if (shown.length === 0) return marker;
  const about = shown.map((c) => t(`warning.categories.${c}`)).join(t('warning.and'));
  const reason = t('warning.reason', { about });
  return (
    <div className="message info warning-notice" role="status">
      {marker}
      <p className="tight">{reason}</p>
      <p className="tight">{t('warning.offer')}</p>
      <div className="button-row tight-row">
        <button type="button" className="button" onClick={() => openSafety(reason)}>
          <LifeBuoy size={16} aria-hidden /> {t('warning.open')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => setDismissed((current) => new Set([...current, ...shown]))}
        >
          {t('warning.dismiss')}
        </button>
      </div>
    </div>
  );
}
