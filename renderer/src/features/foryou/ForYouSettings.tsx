import { Sun } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { suggestionName } from './ForYouToday';
import './foryou.css';

/**
 * The settings of "For you today": the switch that shows or hides it, and what is set aside
 * (for a while or for good), each with a way to bring it back.
 */
export function ForYouSettings() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const [settings, setSettings] = useState<Settings | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [now] = useState(() => Date.now());
  useEffect(() => {
    call('settings:get', undefined)
      .then(setSettings)
      .catch((e: unknown) => setFeedback({ kind: 'error', text: describeError(t, e) }));
  }, [t]);

  async function save(patch: Partial<Settings>, ok: string) {
    const before = settings;
    setSettings((current) => current && { ...current, ...patch }); // the box follows the click at once
    try {
      setSettings(await call('settings:update', patch));
      setFeedback({ kind: 'ok', text: ok });
    } catch (e) {
      setSettings(before);
      setFeedback({ kind: 'error', text: describeError(t, e) });
    }
  }

  const date = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' });
  const setAside = (settings?.forYouSetAside ?? []).filter(
    (s) => s.until === null || Date.parse(s.until) > now,
  );

  return (
    <Section
      icon={<Sun size={18} aria-hidden />}
      title={t('forYou.settings.title')}
      help={t('forYou.settings.help')}
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings?.forYouShown ?? false}
          disabled={settings === null}
          onChange={(e) =>
            void save(
              { forYouShown: e.target.checked },
              t(e.target.checked ? 'forYou.settings.on' : 'forYou.settings.off'),
            )
          }
        />
        <span>{t('forYou.settings.toggle')}</span>
      </label>
      {setAside.length > 0 ? (
        <>
          <h4>{t('forYou.settings.setAsideHeading')}</h4>
          <ul className="for-you-set-aside">
            {setAside.map((s) => {
              const name = suggestionName(t, s, lang);
              return (
                <li key={`${s.kind}:${s.id}`}>
                  <span>
                    {name}
                    <span className="hint">
                      {' · '}
                      {s.until === null
                        ? t('forYou.settings.forGood')
                        : t('forYou.settings.until', { date: date.format(new Date(s.until)) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={t('forYou.settings.bringBackLabel', { name })}
                    onClick={() =>
                      void save(
                        {
                          forYouSetAside: setAside.filter(
                            (other) => other.kind !== s.kind || other.id !== s.id,
                          ),
                        },
                        t('forYou.settings.broughtBack', { name }),
                      )
                    }
                  >
                    {t('forYou.settings.bringBack')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <FeedbackLine feedback={feedback} />
    </Section>
  );
}
