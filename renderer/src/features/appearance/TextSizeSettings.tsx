import { Type } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_SIZES, type FontSize } from '../../../../shared/domain/fontSizes';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { applyFontSize, savedFontSize } from '../../lib/fontSize';
import './appearance.css';

/**
 * The text size of the whole interface. Stored as an app preference (beside the vault, in clear)
 * because the unlock screen must already use it; it says nothing about what is written.
 */
export function TextSizeSettings() {
  const { t } = useTranslation();
  const name = useId();
  const [size, setSize] = useState<FontSize>(savedFontSize);
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function choose(next: FontSize) {
    const before = size;
    setSize(next);
    applyFontSize(next); // the text changes with the click, not after the disk
    try {
      await call('prefs:set', { fontSize: next });
      setFeedback({ kind: 'ok', text: t('appearance.saved') });
    } catch (e) {
      setSize(before);
      applyFontSize(before);
      setFeedback({ kind: 'error', text: describeError(t, e) });
    }
  }

  return (
    <Section icon={<Type size={18} aria-hidden />} title={t('appearance.title')} help={t('appearance.help')}>
      <fieldset className="text-size-choices">
        <legend className="visually-hidden">{t('appearance.title')}</legend>
        {FONT_SIZES.map((choice) => (
          <label key={choice} className={`text-size-choice text-size-${choice}`}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={size === choice}
              onChange={() => void choose(choice)}
            />
            <span>{t(`appearance.sizes.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <FeedbackLine feedback={feedback} />
    </Section>
  );
}
