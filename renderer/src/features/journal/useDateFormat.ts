import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates in the interface language, e.g. "March 1, 2026 at 9:00 AM" / "1 mars 2026 à 09:00". */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language]);
}
