import { Plus, X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTIONS, SPECIAL_LABELS } from '../../../../shared/content/emotions';
import { THINKING_TRAPS } from '../../../../shared/content/worksheetLists';
import {
  MAX_WORKSHEET_EMOTIONS,
  MAX_WORKSHEET_LABEL,
  MAX_WORKSHEET_THOUGHTS,
  MAX_WORKSHEET_TEXT,
  type ThoughtRecord,
  type WorksheetEmotion,
} from '../../../../shared/domain/worksheet';
import { worksheetEmotionName } from '../../../../shared/domain/worksheetMarkdown';
import { type WORKSHEET_TEXT_EN } from '../../../../shared/domain/worksheetText';
import { capitalise, fold } from '../../lib/text';
import { RatingField, TextField, useContentLang } from './fields';

/** The catalogue's words in one language, for the suggestions and to recognise a typed word. */
function catalogue(lang: 'en' | 'fr') {
  return [...EMOTIONS, ...SPECIAL_LABELS].map((l) => ({ id: l.id, name: l[lang] }));
}

/**
 * A CBT thought record (Beck), in the order it is done: the situation, the feelings and their
 * strength, the automatic thoughts (one marked "hot"), thinking traps, evidence for and against,
 * a balanced thought, and the feelings rated again.
 */
export function ThoughtRecordFields({
  value,
  onChange,
}: {
  value: ThoughtRecord;
  onChange: (next: ThoughtRecord) => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const base = useId();
  const set = <K extends keyof ThoughtRecord>(key: K, next: ThoughtRecord[K]) =>
    onChange({ ...value, [key]: next });
  const nameOf = (e: WorksheetEmotion) => capitalise(worksheetEmotionName(e, lang));
  const part = (key: keyof typeof WORKSHEET_TEXT_EN.parts) => t(`worksheets.parts.${key}`);

  return (
    <>
      <section className="worksheet-step" aria-labelledby={`${base}-situation`}>
        <h3 id={`${base}-situation`}>1. {part('situation')}</h3>
        <TextField
          labelHidden
          label={part('situation')}
          hint={t('worksheets.thoughtRecord.situationHint')}
          value={value.situation}
          onChange={(v) => set('situation', v)}
        />
      </section>

      <section className="worksheet-step" aria-labelledby={`${base}-emotions`}>
        <h3 id={`${base}-emotions`}>2. {part('emotions')}</h3>
        <p className="hint">{t('worksheets.thoughtRecord.emotionsHint')}</p>
        <EmotionAdder
          taken={value.emotions}
          full={value.emotions.length >= MAX_WORKSHEET_EMOTIONS}
          onAdd={(emotion) => set('emotions', [...value.emotions, emotion])}
        />
        {value.emotions.length > 0 ? (
          <ul className="worksheet-rows">
            {value.emotions.map((emotion, i) => (
              <li key={i} className="worksheet-row">
                <span className="worksheet-row-name">{nameOf(emotion)}</span>
                <RatingField
                  label={t('worksheets.thoughtRecord.strength', {
                    name: worksheetEmotionName(emotion, lang),
                  })}
                  max={100}
                  value={emotion.rating}
                  onChange={(rating) =>
                    set(
                      'emotions',
                      value.emotions.map((e, j) => (j === i ? { ...e, rating } : e)),
                    )
                  }
                />
                <button
                  type="button"
                  className="button ghost"
                  aria-label={t('worksheets.thoughtRecord.removeFeeling', { name: nameOf(emotion) })}
                  onClick={() =>
                    set(
                      'emotions',
                      value.emotions.filter((_, j) => j !== i),
                    )
                  }
                >
                  <X size={14} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="worksheet-step" aria-labelledby={`${base}-thoughts`}>
        <h3 id={`${base}-thoughts`}>3. {part('thoughts')}</h3>
        <p className="hint" id={`${base}-thoughts-hint`}>
          {t('worksheets.thoughtRecord.thoughtsHint')}
        </p>
        <ol className="worksheet-thoughts">
          {value.thoughts.map((thought, i) => {
            const id = `${base}-thought-${i}`;
            const label = t('worksheets.thoughtRecord.thoughtLabel', { n: i + 1 });
            const update = (patch: Partial<typeof thought>) =>
              set(
                'thoughts',
                value.thoughts.map((th, j) => (j === i ? { ...th, ...patch } : th)),
              );
            return (
              <li key={i} className={thought.hot ? 'worksheet-thought hot' : 'worksheet-thought'}>
                <div className="field">
                  <label htmlFor={id}>{label}</label>
                  <textarea
                    id={id}
                    className="worksheet-text short"
                    rows={2}
                    maxLength={MAX_WORKSHEET_TEXT}
                    value={thought.text}
                    onChange={(e) => update({ text: e.target.value })}
                  />
                </div>
                <div className="worksheet-thought-meta">
                  <RatingField
                    label={t('worksheets.thoughtRecord.believed', { n: i + 1 })}
                    max={100}
                    value={thought.belief}
                    onChange={(belief) => update({ belief })}
                  />
                  <label className="checkbox">
                    <input
                      type="radio"
                      name={`${base}-hot`}
                      checked={thought.hot}
                      onChange={() =>
                        set(
                          'thoughts',
                          value.thoughts.map((th, j) => ({ ...th, hot: j === i })),
                        )
                      }
                    />
                    <span>{t('worksheets.thoughtRecord.hotLabel', { n: i + 1 })}</span>
                  </label>
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={t('worksheets.thoughtRecord.removeThought', { n: i + 1 })}
                    onClick={() =>
                      set(
                        'thoughts',
                        value.thoughts.filter((_, j) => j !== i),
                      )
                    }
                  >
                    <X size={14} aria-hidden />
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        {value.thoughts.length < MAX_WORKSHEET_THOUGHTS ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              set('thoughts', [
                ...value.thoughts,
                { text: '', belief: null, hot: value.thoughts.length === 0 },
              ])
            }
          >
            <Plus size={16} aria-hidden /> {t('worksheets.thoughtRecord.addThought')}
          </button>
        ) : null}
      </section>

      <section className="worksheet-step" aria-labelledby={`${base}-traps`}>
        <h3 id={`${base}-traps`}>4. {part('traps')}</h3>
        <fieldset className="worksheet-traps">
          <legend className="hint">{t('worksheets.thoughtRecord.trapsHint')}</legend>
          {THINKING_TRAPS.map((trap) => (
            <label key={trap.id} className="trap-chip">
              <input
                type="checkbox"
                checked={value.traps.includes(trap.id)}
                onChange={(e) =>
                  set(
                    'traps',
                    e.target.checked
                      ? THINKING_TRAPS.map((x) => x.id).filter(
                          (id) => id === trap.id || value.traps.includes(id),
                        )
                      : value.traps.filter((id) => id !== trap.id),
                  )
                }
              />
              <span>{capitalise(trap[lang])}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="worksheet-step" aria-labelledby={`${base}-evidence`}>
        <h3 id={`${base}-evidence`}>5. {part('evidence')}</h3>
        <div className="worksheet-columns">
          <TextField
            label={part('evidenceFor')}
            hint={t('worksheets.thoughtRecord.evidenceForHint')}
            value={value.evidenceFor}
            onChange={(v) => set('evidenceFor', v)}
          />
          <TextField
            label={part('evidenceAgainst')}
            hint={t('worksheets.thoughtRecord.evidenceAgainstHint')}
            value={value.evidenceAgainst}
            onChange={(v) => set('evidenceAgainst', v)}
          />
        </div>
      </section>

      <section className="worksheet-step" aria-labelledby={`${base}-balanced`}>
        <h3 id={`${base}-balanced`}>6. {part('balancedThought')}</h3>
        <TextField
          labelHidden
          label={part('balancedThought')}
          hint={t('worksheets.thoughtRecord.balancedHint')}
          value={value.balancedThought}
          onChange={(v) => set('balancedThought', v)}
        />
        <RatingField
          label={t('worksheets.thoughtRecord.balancedBelieved')}
          max={100}
          value={value.balancedBelief}
          onChange={(v) => set('balancedBelief', v)}
        />
      </section>

      <section className="worksheet-step" aria-labelledby={`${base}-rerate`}>
        <h3 id={`${base}-rerate`}>7. {t('worksheets.thoughtRecord.rerateHeading')}</h3>
        <p className="hint">
          {value.emotions.length > 0
            ? t('worksheets.thoughtRecord.rerateHint')
            : t('worksheets.thoughtRecord.rerateEmpty')}
        </p>
        {value.emotions.length > 0 ? (
          <div className="worksheet-ratings">
            {value.emotions.map((emotion, i) => (
              <RatingField
                key={i}
                label={t('worksheets.thoughtRecord.now', { name: nameOf(emotion) })}
                max={100}
                value={emotion.after}
                onChange={(after) =>
                  set(
                    'emotions',
                    value.emotions.map((e, j) => (j === i ? { ...e, after } : e)),
                  )
                }
              />
            ))}
          </div>
        ) : null}
      </section>
    </>
  );
}

/**
 * Names a feeling: a word typed or picked from the suggestions. A catalogue word (in the
 * interface's language, accents and case aside) is stored by its id, anything else as written.
 */
function EmotionAdder({
  taken,
  full,
  onAdd,
}: {
  taken: readonly WorksheetEmotion[];
  full: boolean;
  onAdd: (emotion: WorksheetEmotion) => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const id = useId();
  const [text, setText] = useState('');
  const words = catalogue(lang);

  function add() {
    const word = text.trim();
    if (!word || full) return;
    const known = words.find((w) => fold(w.name) === fold(word));
    const emotion: WorksheetEmotion = known
      ? { id: known.id, rating: null, after: null }
      : { text: word, rating: null, after: null };
    const already = taken.some((e) =>
      'id' in emotion ? 'id' in e && e.id === emotion.id : 'text' in e && fold(e.text) === fold(word),
    );
    if (!already) onAdd(emotion);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault(); // never submits the whole form
      add();
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('worksheets.thoughtRecord.feelingLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('worksheets.thoughtRecord.feelingHint')}
      </p>
      <div className="input-with-button">
        <input
          id={id}
          type="text"
          list={`${id}-words`}
          maxLength={MAX_WORKSHEET_LABEL}
          value={text}
          disabled={full}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <datalist id={`${id}-words`}>
          {words.map((w) => (
            <option key={w.id} value={w.name} />
          ))}
        </datalist>
        <button type="button" className="button" onClick={add} disabled={full || !text.trim()}>
          <Plus size={16} aria-hidden /> {t('worksheets.thoughtRecord.addFeeling')}
        </button>
      </div>
    </div>
  );
}
