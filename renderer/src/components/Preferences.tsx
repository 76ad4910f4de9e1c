import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { applyTheme, savedTheme, type ThemeChoice } from '../lib/theme';
import { rememberPreference } from '../lib/preferences';

/** Theme and language, available on every screen (they work before unlock). */
export function Preferences() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  return (
    <div className="topbar-actions">
      <label className="select-compact">
        <span>{t('prefs.theme')}</span>
        <select
          value={theme}
          onChange={(e) => {
            const choice = e.target.value as ThemeChoice;
            setTheme(choice);
            applyTheme(choice);
            rememberPreference({ theme: choice });
          }}
        >
          <option value="system">{t('prefs.themeSystem')}</option>
          <option value="light">{t('prefs.themeLight')}</option>
          <option value="dark">{t('prefs.themeDark')}</option>
        </select>
      </label>
      <label className="select-compact">
        <span>{t('prefs.language')}</span>
        <select
          value={i18n.language}
          onChange={(e) => {
            const language = e.target.value as Language;
            setLanguage(language);
            rememberPreference({ language });
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
