import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseSession } from '../../../../shared/domain/exercise';
import { whatHelps } from '../../../../shared/insights/whatHelps';
import './exercises.css';

/**
 * "What seems to help me": per exercise, how many sessions, and over those rated before and after,
 * the mean distress before → after as a pair of bars (0–10). The bars are for the eye; a table
 * with the same figures is there for screen readers. It describes the person's own ratings and
 * says so: no ranking, no recommendation, no claim about what works.
 */
export function WhatHelps({ sessions }: { sessions: readonly ExerciseSession[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const summaries = useMemo(() => whatHelps(sessions), [sessions]);
  const format = useMemo(() => {
    const plain = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(i18n.language, {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    return {
      mean: (n: number | null) => (n === null ? t('exercises.whatHelps.noMean') : plain.format(n)),
      change: (n: number | null) => (n === null ? t('exercises.whatHelps.noMean') : signed.format(n)),
    };
  }, [i18n.language, t]);

  return (
    <section className="what-helps" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('exercises.whatHelps.heading')}</h3>
      {summaries.length === 0 ? (
        <p className="hint">{t('exercises.whatHelps.none')}</p>
      ) : (
        <>
          <ul className="what-helps-list" aria-hidden="true">
            {summaries.map((s) => (
              <li key={s.kind}>
                <p className="what-helps-name">
                  <span>{t(`exercises.kinds.${s.kind}.name`)}</span>
                  <span className="what-helps-count">
                    {t('exercises.whatHelps.sessions', { count: s.sessions })}
                  </span>
                </p>
                {s.meanBefore === null || s.meanAfter === null ? (
                  <p className="hint">{t('exercises.whatHelps.noneRated')}</p>
                ) : (
                  <>
                    <div className="what-helps-bars">
                      <Bar label={t('exercises.whatHelps.before')} value={s.meanBefore} tone="before" />
                      <Bar label={t('exercises.whatHelps.after')} value={s.meanAfter} tone="after" />
                    </div>
                    <p className="what-helps-pair">
                      {t('exercises.pair', {
                        before: format.mean(s.meanBefore),
                        after: format.mean(s.meanAfter),
                      })}
                    </p>
                    <p className="hint">{t('exercises.whatHelps.basedOn', { count: s.rated })}</p>
                  </>
                )}
              </li>
            ))}
          </ul>
          <table className="visually-hidden">
            <caption>{t('exercises.whatHelps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exercises.whatHelps.exercise')}</th>
                <th scope="col">{t('exercises.whatHelps.sessionsColumn')}</th>
                <th scope="col">{t('exercises.whatHelps.ratedColumn')}</th>
                <th scope="col">{t('exercises.whatHelps.meanBefore')}</th>
                <th scope="col">{t('exercises.whatHelps.meanAfter')}</th>
                <th scope="col">{t('exercises.whatHelps.meanChange')}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <tr key={s.kind}>
                  <th scope="row">{t(`exercises.kinds.${s.kind}.name`)}</th>
                  <td>{s.sessions}</td>
                  <td>{s.rated}</td>
                  <td>{format.mean(s.meanBefore)}</td>
                  <td>{format.mean(s.meanAfter)}</td>
                  <td>{format.change(s.meanChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="hint what-helps-note">{t('exercises.whatHelps.disclaimer')}</p>
    </section>
  );
}

/** One labelled bar on the 0–10 scale; the words, not only the colour, tell before from after. */
function Bar({ label, value, tone }: { label: string; value: number; tone: 'before' | 'after' }) {
  return (
    <>
      <span className="what-helps-label">{label}</span>
      <span className="what-helps-track">
        <span className={`what-helps-bar ${tone}`} style={{ width: `${(value / 10) * 100}%` }} />
      </span>
    </>
  );
}
