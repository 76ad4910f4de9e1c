import { Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/SettingsSection';
import './about.css';

/** Set by Vite from package.json (renderer/vite.config.ts); absent when the code runs unbundled. */
declare const __ALCOVE_VERSION__: string | undefined;
const VERSION = typeof __ALCOVE_VERSION__ === 'string' ? __ALCOVE_VERSION__ : 'dev';

/**
 * What Alcove promises, said once more where people look for it: each line is a property the
 * tests check (no network, nothing in clear on disk, exports only by a deliberate act), not a
 * slogan. And what it is not: a substitute for care.
 */
export function About() {
  const { t } = useTranslation();
  const promises = (['p1', 'p2', 'p3', 'p4'] as const).map((key) => t(`about.promises.${key}`));
  return (
    <Section icon={<Info size={18} aria-hidden />} title={t('about.title')}>
      <p>{t('about.version', { version: VERSION })}</p>
      <ul className="about-promises">
        {promises.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">{t('about.care')}</p>
    </Section>
  );
}
