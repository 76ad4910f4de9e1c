import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIFE_AREAS, type LifeAreaId } from '../../../../shared/content/worksheetLists';
import { capitalise } from '../../lib/text';
import { MAX_WORKSHEET_LABEL, MAX_WORKSHEET_TEXT } from '../../../../shared/domain/worksheet';

/** The language worksheet content is shown in: the interface's. */
export function useContentLang(): 'en' | 'fr' {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('fr') ? 'fr' : 'en';
}

/** A labelled text box with an optional hint; a paragraph unless `short`. */
export function TextField({
  label,
  hint,
  value,
  onChange,
  short = false,
  labelHidden = false,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (next: string) => void;
  short?: boolean;
  /** For a step whose heading already says the same words: the label is for screen readers only. */
  labelHidden?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {short ? (
        <input type="text" maxLength={MAX_WORKSHEET_LABEL} {...common} />
      ) : (
        <textarea className="worksheet-text" maxLength={MAX_WORKSHEET_TEXT} rows={3} {...common} />
      )}
    </div>
  );
}

/**
 * A rating as a number box: 0–10 or 0–100, empty meaning "not rated" (every scale is optional).
 * A typed value outside the scale is brought back inside it.
 */
export function RatingField({
  label,
  value,
  max,
  onChange,
  describedBy,
}: {
  label: string;
  value: number | null;
  max: 10 | 100;
  onChange: (next: number | null) => void;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="rating-field">
      <label htmlFor={id}>
        {t(max === 10 ? 'worksheets.form.scaleLabel' : 'worksheets.form.percentLabel', { label })}
      </label>
      <span className="rating-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          step={1}
          value={value ?? ''}
          placeholder="–"
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value.trim();
            if (raw === '') return onChange(null);
            const n = Math.round(Number(raw));
            if (Number.isFinite(n)) onChange(Math.min(max, Math.max(0, n)));
          }}
        />
        <span className="rating-unit" aria-hidden="true">
          {max === 10 ? '/10' : '%'}
        </span>
      </span>
    </div>
  );
}

/** A life area from the shared list, or none. */
export function AreaField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: LifeAreaId | null;
  onChange: (next: LifeAreaId | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as LifeAreaId))}
      >
        <option value="">{t('worksheets.form.areaNone')}</option>
        {LIFE_AREAS.map((area) => (
          <option key={area.id} value={area.id}>
            {capitalise(area[lang])}
          </option>
        ))}
      </select>
    </div>
  );
}
