import { X } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feeling } from '../../../../shared/domain/feelings';
import './feelings.css';

/**
 * The named feelings with a 0–10 slider each and a remove button: the same control in a check-in
 * and under an entry, so intensity reads and behaves the same everywhere.
 */
export function FeelingIntensities({
  feelings,
  nameOf,
  onChange,
}: {
  feelings: readonly Feeling[];
  nameOf: (id: string) => string;
  onChange: (next: Feeling[]) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  if (feelings.length === 0) return null;
  return (
    <fieldset className="intensities">
      <legend>{t('checkin.intensity')}</legend>
      {feelings.map((feeling) => {
        const id = `${base}-${feeling.id}`;
        return (
          <div className="intensity-row" key={feeling.id}>
            <label htmlFor={id}>{nameOf(feeling.id)}</label>
            <input
              id={id}
              type="range"
              min={0}
              max={10}
              value={feeling.intensity}
              onChange={(e) =>
                onChange(
                  feelings.map((f) =>
                    f.id === feeling.id ? { ...f, intensity: Number(e.target.value) } : f,
                  ),
                )
              }
            />
            <output htmlFor={id}>{feeling.intensity}</output>
            <button
              type="button"
              className="button ghost"
              aria-label={t('checkin.removeLabel', { label: nameOf(feeling.id) })}
              onClick={() => onChange(feelings.filter((f) => f.id !== feeling.id))}
            >
              <X size={14} aria-hidden />
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
