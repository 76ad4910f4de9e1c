import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BehaviouralActivation,
  SelfCompassionBreak,
  ThreeGoodThings,
  ValuesCheck,
} from '../../../../shared/domain/worksheet';
import { AreaField, RatingField, TextField } from './fields';

/** Sets one key of a worksheet, keeping the rest. */
function setter<W>(value: W, onChange: (next: W) => void) {
  return <K extends keyof W>(key: K, next: W[K]) => onChange({ ...value, [key]: next });
}

/** Behavioural activation: an activity linked to a life area, planned or done, and how it went. */
export function ActivationFields({
  value,
  onChange,
}: {
  value: BehaviouralActivation;
  onChange: (next: BehaviouralActivation) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = setter(value, onChange);
  return (
    <section className="worksheet-step">
      <TextField
        short
        label={t('worksheets.parts.activity')}
        hint={t('worksheets.activation.activityHint')}
        value={value.activity}
        onChange={(v) => set('activity', v)}
      />
      <div className="worksheet-columns">
        <AreaField label={t('worksheets.parts.area')} value={value.area} onChange={(v) => set('area', v)} />
        <div className="field">
          <label htmlFor={`${id}-when`}>{t('worksheets.parts.when')}</label>
          <p className="hint" id={`${id}-when-hint`}>
            {t('worksheets.activation.whenHint')}
          </p>
          <input
            id={`${id}-when`}
            type="datetime-local"
            aria-describedby={`${id}-when-hint`}
            value={value.when === null ? '' : value.when.length === 10 ? `${value.when}T00:00` : value.when}
            onChange={(e) => set('when', e.target.value === '' ? null : e.target.value.slice(0, 16))}
          />
        </div>
      </div>
      <fieldset className="worksheet-status">
        <legend>{t('worksheets.activation.statusLegend')}</legend>
        {(['planned', 'done'] as const).map((status) => (
          <label key={status} className="checkbox">
            <input
              type="radio"
              name={`${id}-status`}
              checked={value.status === status}
              onChange={() => set('status', status)}
            />
            <span>{t(`worksheets.parts.${status}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="hint" id={`${id}-ratings`}>
        {t('worksheets.activation.ratingsHint')}
      </p>
      <div className="worksheet-ratings">
        {(['pleasure', 'mastery', 'moodBefore', 'moodAfter'] as const).map((key) => (
          <RatingField
            key={key}
            label={t(`worksheets.parts.${key}`)}
            max={10}
            value={value[key]}
            describedBy={`${id}-ratings`}
            onChange={(v) => set(key, v)}
          />
        ))}
      </div>
      <TextField label={t('worksheets.parts.note')} value={value.note} onChange={(v) => set('note', v)} />
    </section>
  );
}

/** A self-compassion break (Neff): mindfulness, common humanity, kindness, and distress around it. */
export function CompassionFields({
  value,
  onChange,
}: {
  value: SelfCompassionBreak;
  onChange: (next: SelfCompassionBreak) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = setter(value, onChange);
  return (
    <section className="worksheet-step">
      <TextField
        label={t('worksheets.parts.situation')}
        hint={t('worksheets.compassion.situationHint')}
        value={value.situation}
        onChange={(v) => set('situation', v)}
      />
      <p className="hint" id={`${id}-distress`}>
        {t('worksheets.compassion.distressHint')}
      </p>
      <RatingField
        label={t('worksheets.parts.distressBefore')}
        max={10}
        value={value.distressBefore}
        describedBy={`${id}-distress`}
        onChange={(v) => set('distressBefore', v)}
      />
      {(['whatIsHard', 'othersFeelThis', 'kindWords', 'kindAction'] as const).map((key) => (
        <TextField
          key={key}
          label={t(`worksheets.parts.${key}`)}
          hint={t(`worksheets.compassion.${key}Hint`)}
          value={value[key]}
          onChange={(v) => set(key, v)}
        />
      ))}
      <RatingField
        label={t('worksheets.parts.distressAfter')}
        max={10}
        value={value.distressAfter}
        describedBy={`${id}-distress`}
        onChange={(v) => set('distressAfter', v)}
      />
    </section>
  );
}

/** Three good things (positive psychology): what went well, and why. */
export function GoodThingsFields({
  value,
  onChange,
}: {
  value: ThreeGoodThings;
  onChange: (next: ThreeGoodThings) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="worksheet-step">
      <p className="hint">{t('worksheets.goodThings.hint')}</p>
      {value.items.map((item, i) => {
        const update = (patch: Partial<typeof item>) =>
          onChange({ ...value, items: value.items.map((it, j) => (j === i ? { ...it, ...patch } : it)) });
        return (
          <fieldset key={i} className="worksheet-item">
            <legend>{t('worksheets.parts.goodThing', { n: i + 1 })}</legend>
            <TextField
              short
              label={t('worksheets.goodThings.what')}
              value={item.what}
              onChange={(what) => update({ what })}
            />
            <TextField
              label={t('worksheets.goodThings.why')}
              value={item.why}
              onChange={(why) => update({ why })}
            />
          </fieldset>
        );
      })}
    </section>
  );
}

/** A values check (ACT): a life area, a value, importance against how it was lived, a next step. */
export function ValuesFields({
  value,
  onChange,
}: {
  value: ValuesCheck;
  onChange: (next: ValuesCheck) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = setter(value, onChange);
  return (
    <section className="worksheet-step">
      <AreaField label={t('worksheets.parts.area')} value={value.area} onChange={(v) => set('area', v)} />
      <TextField
        label={t('worksheets.parts.value')}
        hint={t('worksheets.values.valueHint')}
        value={value.value}
        onChange={(v) => set('value', v)}
      />
      <p className="hint" id={`${id}-ratings`}>
        {t('worksheets.values.ratingsHint')}
      </p>
      <div className="worksheet-ratings">
        {(['importance', 'consistency'] as const).map((key) => (
          <RatingField
            key={key}
            label={t(`worksheets.parts.${key}`)}
            max={10}
            value={value[key]}
            describedBy={`${id}-ratings`}
            onChange={(v) => set(key, v)}
          />
        ))}
      </div>
      <TextField
        label={t('worksheets.parts.nextStep')}
        hint={t('worksheets.values.nextStepHint')}
        value={value.nextStep}
        onChange={(v) => set('nextStep', v)}
      />
      <TextField
        label={t('worksheets.parts.barrier')}
        hint={t('worksheets.values.barrierHint')}
        value={value.barrier}
        onChange={(v) => set('barrier', v)}
      />
    </section>
  );
}
