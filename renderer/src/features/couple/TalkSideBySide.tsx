import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { talkExercise } from '../../../../shared/content/couple/talk';
import type { PartnerId } from '../../../../shared/domain/couple';
import type { TalkRevealedRound } from '../../../../shared/domain/coupleTalk';
import { questionText, revealedDate } from './talkText';

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/** A revealed round: each field's two answers next to each other, under the partners' names. */
export function TalkSideBySide({
  round,
  names,
  onBack,
}: {
  round: TalkRevealedRound;
  names: Record<PartnerId, string>;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const exercise = talkExercise(round.exercise);
  const question = questionText(exercise, round.questionId, lang);
  return (
    <div className="talk-revealed" aria-labelledby={`${id}-h`} role="region">
      <h3 id={`${id}-h`}>{t('coupleTalk.revealed.heading')}</h3>
      <p className="hint">
        {exercise.title[lang]} · {t('coupleTalk.revealed.on', { date: revealedDate(round.revealedAt, lang) })}
      </p>
      {exercise.fields.map((field) => (
        <section key={field.id} className="couple-card" aria-labelledby={`${id}-${field.id}`}>
          <h4 id={`${id}-${field.id}`}>{question && field.kind === 'text' ? question : field.label[lang]}</h4>
          <div className="talk-pair">
            {PARTNERS.map((p) => {
              const value = round.answers[p][field.id];
              return (
                <div key={p} className="talk-side" data-partner={p} data-field={field.id}>
                  <p className="talk-name">{names[p]}</p>
                  {value === undefined ? (
                    <p className="hint">{t('coupleTalk.revealed.nothing')}</p>
                  ) : typeof value === 'number' ? (
                    <p className="talk-text">{t('coupleTalk.answer.scaleValue', { value })}</p>
                  ) : (
                    <p className="talk-text">{value}</p>
                  )}
                </div>
              );
            })}
          </div>
        </section>
      ))}
      <p className="hint">{t('coupleTalk.revealed.talk')}</p>
      <button type="button" className="button" onClick={onBack}>
        {t('coupleTalk.exercise.back')}
      </button>
    </div>
  );
}
