import { NotebookText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDiscreet } from '../features/discreet/discreetMode';

/** The arch from the app icon, and the name; in discreet mode a plain notebook and a plain word. */
export function Brand() {
  const { t } = useTranslation();
  const discreet = useDiscreet();
  if (discreet) {
    return (
      <div className="brand">
        <NotebookText size={22} aria-hidden />
        <span>{t('discreet.name')}</span>
      </div>
    );
  }
  return (
    <div className="brand">
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M6 21V11a6 6 0 0 1 12 0v10Z" fill="currentColor" opacity="0.9" />
        <path d="M9.5 21v-5a2.5 2.5 0 0 1 5 0v5Z" fill="var(--bg)" />
        <rect x="4" y="20.5" width="16" height="2" rx="1" fill="currentColor" />
      </svg>
      <span>{t('app.name')}</span>
    </div>
  );
}
