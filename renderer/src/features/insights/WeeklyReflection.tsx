import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionName } from '../../../../shared/content/emotions';
import { addLocalDays, startOfLocalWeek, type LabelledMoment } from '../../../../shared/insights/moments';
import {
  REFLECTION_MIN_MOMENTS,
  weeklyReflection,
  type NamedLabel,
} from '../../../../shared/insights/weeklyReflection';

export interface WeeklyReflectionProps {
  /** The moments of the week shown and of the week before; null while they load. */
  readonly moments: readonly LabelledMoment[] | null;
  /** Any instant of the week to show; the card shows the local Monday-to-Sunday week around it. */
  readonly weekStart: Date;
  readonly onWeekChange: (weekStart: Date) => void;
  /** Today, to know the current week and not page into the future. */
  readonly now?: Date;
}

const parseDay = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/**
 * "This week, in your own words": a few facts counted from the moments of one week, each said as
 * a plain sentence, with n. A description of what was recorded, never an assessment.
 */
export function WeeklyReflection({
  moments,
  weekStart,
  onWeekChange,
  now = new Date(),
}: WeeklyReflectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const headingId = useId();
  const start = startOfLocalWeek(weekStart);
  const isCurrent = start.getTime() >= startOfLocalWeek(now).getTime();
  const sameYear = start.getFullYear() === now.getFullYear();

  const title = isCurrent
    ? t('reflection.week.title')
    : t('reflection.week.titleOther', {
        date: new Intl.DateTimeFormat(i18n.language, {
          day: 'numeric',
          month: 'long',
          ...(sameYear ? {} : { year: 'numeric' }),
        }).format(start),
      });
  const range = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatRange(start, addLocalDays(start, 6));

  return (
    <section className="reflection" aria-labelledby={headingId}>
      <div className="entry-head">
        <h3 id={headingId}>{title}</h3>
        <div className="button-row tight-row">
          <button type="button" className="button" onClick={() => onWeekChange(addLocalDays(start, -7))}>
            <ChevronLeft size={16} aria-hidden /> {t('reflection.week.previous')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={isCurrent || undefined}
            onClick={() => {
              if (!isCurrent) onWeekChange(addLocalDays(start, 7));
            }}
          >
            {t('reflection.week.next')} <ChevronRight size={16} aria-hidden />
          </button>
        </div>
      </div>
      <p className="period-label" aria-live="polite">
        {range}
      </p>
      {moments === null ? (
        <p className="hint">{t('reflection.week.loading')}</p>
      ) : (
        <Facts moments={moments} start={start} lang={lang} />
      )}
      <p className="hint">{t('reflection.week.honesty')}</p>
    </section>
  );
}

function Facts({
  moments,
  start,
  lang,
}: {
  moments: readonly LabelledMoment[];
  start: Date;
  lang: 'en' | 'fr';
}) {
  const { t, i18n } = useTranslation();
  const reflection = weeklyReflection(moments, start);
  const counts = (
    <p className="reflection-count">
      {t('reflection.week.counts', { n: reflection.n, previous: reflection.previousN })}
    </p>
  );
  if (!reflection.enough) {
    return (
      <>
        {counts}
        <p className="message info">{t('reflection.week.tooLittle', { min: REFLECTION_MIN_MOMENTS })}</p>
      </>
    );
  }

  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long' });
  const quoted = (text: string) => t('reflection.week.quoted', { text });
  const label = (id: string) => emotionName(id, lang) ?? id;
  const tag = (id: string) => t(`checkin.tags.${id}`, { defaultValue: id });
  const quadrantName = (q: string) => t(`insights.quadrants.${q}`);

  const facts: Array<{ key: string; text: string }> = reflection.topLabels.map((l) => ({
    key: `label-${l.id}`,
    text: namedSentence(t, l, label(l.id), l.context && tag(l.context.tag)),
  }));
  const { quadrant, unpleasantDays, newLabels } = reflection;
  if (quadrant) {
    facts.push({
      key: 'quadrant',
      text:
        quadrant.quadrants.length === 1
          ? t('reflection.week.quadrant', {
              count: quadrant.placed,
              top: quadrant.count,
              quadrant: quadrantName(quadrant.quadrants[0]!),
              share: percent.format(quadrant.share),
            })
          : t('reflection.week.quadrantTie', {
              count: quadrant.placed,
              top: quadrant.count,
              quadrants: list.format(quadrant.quadrants.map((q) => quoted(quadrantName(q)))),
            }),
    });
  }
  if (unpleasantDays) {
    const days = unpleasantDays.days.map((d) => weekday.format(parseDay(d)));
    facts.push({
      key: 'unpleasant',
      text:
        days.length === 1
          ? t('reflection.week.unpleasantDay', {
              total: unpleasantDays.total,
              count: unpleasantDays.count,
              day: days[0],
            })
          : t('reflection.week.unpleasantDays', {
              total: unpleasantDays.total,
              count: unpleasantDays.count,
              days: list.format(days),
            }),
    });
  }
  if (newLabels.length > 0) {
    facts.push({
      key: 'new',
      text: t('reflection.week.newLabels', {
        count: newLabels.length,
        labels: list.format(newLabels.map((id) => quoted(label(id)))),
      }),
    });
  }

  return (
    <>
      {counts}
      <ul className="reflection-facts">
        {facts.map((f) => (
          <li key={f.key}>{f.text}</li>
        ))}
      </ul>
    </>
  );
}

/** "You named “anxiety” 5 times, 4 of them with “work”." */
function namedSentence(
  t: ReturnType<typeof useTranslation>['t'],
  named: NamedLabel,
  label: string,
  tag: string | null,
): string {
  if (!named.context || tag === null) return t('reflection.week.named', { count: named.count, label });
  if (named.context.count === named.count) {
    return t('reflection.week.namedAllWith', { count: named.count, label, tag });
  }
  return t('reflection.week.namedSomeWith', {
    count: named.context.count,
    total: named.count,
    label,
    tag,
  });
}
