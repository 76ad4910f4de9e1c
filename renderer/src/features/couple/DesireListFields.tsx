import type { Dispatch, SetStateAction } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DESIRE_GROUPS, DESIRE_LIST } from '../../../../shared/content/couple/desireList';
import type { DesireAnswer } from '../../../../shared/domain/couple';

const CHOICES: readonly DesireAnswer[] = ['yes', 'maybe', 'no'];

/**
 * The yes / no / maybe list itself, answered by one partner, on one computer or two: its
 * framework, progress, the items by group (one radio group each) and what a blank and a
 * "yes to everything" mean. The form around it, and what happens to the answers, belong to
 * the caller.
 */
export function DesireListFields({
  answers,
  setAnswers,
}: {
  answers: Readonly<Record<string, DesireAnswer>>;
  setAnswers: Dispatch<SetStateAction<Record<string, DesireAnswer>>>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const total = DESIRE_LIST.items.length;
  const done = Object.keys(answers).length;
  return (
    <>
      <p className="hint">{t('couple.list.framework', { name: DESIRE_LIST.framework[lang] })}</p>
      <p className="couple-progress" role="status" aria-live="polite">
        <progress max={total} value={done} aria-hidden /> {t('couple.list.progress', { done, total })}
      </p>
      {DESIRE_GROUPS.map((group) => (
        <section key={group} className="couple-group" aria-labelledby={`${id}-${group}`}>
          <h4 id={`${id}-${group}`}>{DESIRE_LIST.groups[group][lang]}</h4>
          <ul className="couple-items">
            {DESIRE_LIST.items
              .filter((item) => item.group === group)
              .map((item) => (
                <li key={item.id}>
                  <fieldset className="couple-item" data-item={item.id}>
                    <legend>{item[lang]}</legend>
                    <div className="couple-options">
                      {CHOICES.map((choice) => (
                        <label key={choice} className={`couple-option couple-${choice}`}>
                          <input
                            type="radio"
                            name={`${id}-${item.id}`}
                            value={choice}
                            checked={answers[item.id] === choice}
                            onChange={() => setAnswers((a) => ({ ...a, [item.id]: choice }))}
                          />
                          <span>{t(`couple.list.${choice}`)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p className="hint">{t('couple.list.blankIsNo')}</p>
      <p className="hint">{t('couple.list.giveaway')}</p>
    </>
  );
}
