import { EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { MODIFIER_LABEL } from '../../lib/shortcuts';
import { applyDiscreet, useDiscreet } from './discreetMode';
import './discreet.css';

/**
 * The discreet-mode switch, with what it does and, as plainly, what it does not. Stored as an
 * app preference (beside the vault, in clear) because it must apply before unlock.
 */
export function DiscreetSettings() {
  const { t } = useTranslation();
  const discreet = useDiscreet();
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function choose(on: boolean) {
    applyDiscreet(on); // the title changes with the click, not after the disk
    try {
      await call('prefs:set', { discreet: on });
      setFeedback({ kind: 'ok', text: t(on ? 'discreet.settings.on' : 'discreet.settings.off') });
    } catch (e) {
      applyDiscreet(!on);
      setFeedback({ kind: 'error', text: describeError(t, e) });
    }
  }

  return (
    <Section
      icon={<EyeOff size={18} aria-hidden />}
      title={t('discreet.settings.title')}
      help={t('discreet.settings.help')}
    >
      <label className="checkbox">
        <input type="checkbox" checked={discreet} onChange={(e) => void choose(e.target.checked)} />
        <span>{t('discreet.settings.toggle')}</span>
      </label>
      <FeedbackLine feedback={feedback} />
      <div className="discreet-explained">
        <p className="hint">{t('discreet.settings.does')}</p>
        <ul className="hint">
          <li>{t('discreet.settings.renamed')}</li>
          <li>{t('discreet.settings.locked')}</li>
          <li>{t('discreet.settings.capture')}</li>
        </ul>
        <p className="hint">{t('discreet.settings.doesNot')}</p>
        <ul className="hint">
          <li>{t('discreet.settings.installed')}</li>
          <li>{t('discreet.settings.stored')}</li>
          <li>{t('discreet.settings.notifications')}</li>
        </ul>
        <p className="hint">{t('discreet.settings.shortcut', { modifier: MODIFIER_LABEL })}</p>
      </div>
    </Section>
  );
}
