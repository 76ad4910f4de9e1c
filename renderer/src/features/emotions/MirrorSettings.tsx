import { Sparkles } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';

/** The mirror's switch, with what it does and does not do, in the settings screen. */
export function MirrorSettings() {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  useEffect(() => {
    call('settings:get', undefined)
      .then((s) => setEnabled(s.mirrorEnabled))
      .catch((e: unknown) => setFeedback({ kind: 'error', text: describeError(t, e) }));
  }, [t]);
  async function toggle(on: boolean) {
    setEnabled(on);
    try {
      const saved = await call('settings:update', { mirrorEnabled: on });
      setEnabled(saved.mirrorEnabled);
      setFeedback({
        kind: 'ok',
        text: t(saved.mirrorEnabled ? 'feelings.settings.on' : 'feelings.settings.off'),
      });
    } catch (e) {
      setEnabled(!on);
      setFeedback({ kind: 'error', text: describeError(t, e) });
    }
  }
  return (
    <Section
      icon={<Sparkles size={18} aria-hidden />}
      title={t('feelings.settings.title')}
      help={t('feelings.settings.help')}
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={enabled ?? false}
          disabled={enabled === null}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <span>{t('feelings.settings.toggle')}</span>
      </label>
      <FeedbackLine feedback={feedback} />
    </Section>
  );
}
