import { useTranslation } from 'react-i18next';
import { emotionName } from '../../../../shared/content/emotions';
import type { Feeling } from '../../../../shared/domain/feelings';
import { quadrantClass } from './FeelingsField';

/** The feelings named on an entry, read-only: each word with its intensity out of 10. */
export function FeelingTags({ feelings }: { feelings: readonly Feeling[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  if (feelings.length === 0) return null;
  return (
    <ul className="feeling-tags" aria-label={t('feelings.onEntry')}>
      {feelings.map((f) => (
        <li key={f.id} className={`chip static ${quadrantClass(f.id)}`}>
          {t('feelings.tag', { label: emotionName(f.id, lang) ?? f.id, intensity: f.intensity })}
        </li>
      ))}
    </ul>
  );
}
