import { ChartLine, ClipboardList } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { emotionName, QUADRANTS } from '../../../../shared/content/emotions';
import type { Checkin } from '../../../../shared/domain/checkin';
import type { ExerciseSession } from '../../../../shared/domain/exercise';
import { WhatHelps } from '../exercises/WhatHelps';
import {
  labelsByContext,
  moodByBucket,
  quadrantsByBucket,
  topLabels,
} from '../../../../shared/insights/checkinStats';
import {
  addLocalDays,
  momentOfCheckin,
  momentOfEntry,
  startOfLocalMonth,
  startOfLocalWeek,
  type LabelledMoment,
} from '../../../../shared/insights/moments';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { CalendarHeatmap } from './CalendarHeatmap';
import { buckets, type Period } from './periods';
import { WeeklyReflection } from './WeeklyReflection';
import './insights.css';
import { PaneHeader } from '../../components/PaneHeader';

const PERIODS: readonly Period[] = ['days', 'weeks', 'months'];

/** Chart colours from the design tokens, read once per render so both themes are right. */
function tokenColours() {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--muted', '#5f584f'),
    grid: read('--border', '#ddd5c8'),
    valence: read('--accent', '#2f5d55'),
    energy: read('--focus', '#c7892b'),
  };
}

/**
 * The check-ins and the entries' named feelings of [since, before) as labelled moments, for the
 * reflection and the calendar, which page through time on their own; null while a range loads.
 */
function useMomentsBetween(
  since: Date,
  before: Date,
  t: TFunction,
  onError: (message: string) => void,
): readonly LabelledMoment[] | null {
  const sinceIso = since.toISOString();
  const beforeIso = before.toISOString();
  const key = `${sinceIso}/${beforeIso}`;
  const [loaded, setLoaded] = useState<{ key: string; moments: LabelledMoment[] } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      call('checkins:list', { limit: 10_000, since: sinceIso, before: beforeIso }),
      call('entries:feelings', { since: sinceIso, before: beforeIso }),
    ])
      .then(
        ([page, entries]) =>
          live &&
          setLoaded({
            key,
            moments: [...page.checkins.map(momentOfCheckin), ...entries.moments.map(momentOfEntry)],
          }),
      )
      .catch((e: unknown) => live && onError(describeError(t, e)));
    return () => {
      live = false;
    };
  }, [key, sinceIso, beforeIso, t, onError]);
  return loaded?.key === key ? loaded.moments : null;
}

const QUADRANT_COLOURS: Record<(typeof QUADRANTS)[number] | 'unplaced', string> = {
  'pleasant-high': 'var(--q-pleasant-high)',
  'pleasant-low': 'var(--q-pleasant-low)',
  'unpleasant-high': 'var(--q-unpleasant-high)',
  'unpleasant-low': 'var(--q-unpleasant-low)',
  unplaced: 'var(--q-special)',
};

/**
 * How feelings moved over time, from the user's own check-ins: mood (pleasantness and energy,
 * with the day's range), quadrants per period, the words named most, and words by context.
 * Descriptive only: every figure shows n; no trend line, no prediction, no verdict. Each chart
 * has a text summary and a data table for screen readers.
 */
export default function Insights({
  onClose,
  onSelfChecks,
}: {
  onClose: () => void;
  onSelfChecks: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const [period, setPeriod] = useState<Period>('days');
  const [checkins, setCheckins] = useState<Checkin[] | null>(null);
  /** Exercise sessions, for what seems to help (all of them: a few a day at most). */
  const [sessions, setSessions] = useState<ExerciseSession[]>([]);
  useEffect(() => {
    let live = true;
    call('exercises:list', { limit: 10_000 })
      .then((page) => live && setSessions(page.sessions))
      .catch(() => live && setSessions([]));
    return () => {
      live = false;
    };
  }, []);
  const [damaged, setDamaged] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const range = useMemo(() => buckets(period, new Date(), i18n.language), [period, i18n.language]);
  const [week, setWeek] = useState(() => startOfLocalWeek(new Date()));
  const [month, setMonth] = useState(() => startOfLocalMonth(new Date()));
  // The reflection compares a week with the one before; the calendar reads one month.
  const weekMoments = useMomentsBetween(addLocalDays(week, -7), addLocalDays(week, 7), t, setError);
  const monthMoments = useMomentsBetween(
    month,
    new Date(month.getFullYear(), month.getMonth() + 1, 1),
    t,
    setError,
  );

  useEffect(() => {
    let live = true;
    call('checkins:list', { limit: 10_000, since: range.since })
      .then((page) => {
        if (!live) return;
        setCheckins(page.checkins);
        setDamaged(page.damaged);
      })
      .catch((e: unknown) => live && setError(describeError(t, e)));
    return () => {
      live = false;
    };
  }, [range.since, t]);

  const colours = tokenColours();
  const name = (id: string) => emotionName(id, lang) ?? id;
  const data = checkins ?? [];
  const mood = moodByBucket(data, range.bucketOf, range.keys).map((b) => ({
    ...b,
    label: range.labelOf(b.key),
    range: b.valenceMin === null ? null : [b.valenceMin, b.valenceMax],
  }));
  const quadrants = quadrantsByBucket(data, range.bucketOf, range.keys).map((b) => ({
    label: range.labelOf(b.key),
    n: b.n,
    ...b.counts,
  }));
  const words = topLabels(data, 10);
  const contexts = labelsByContext(data, 3);
  const placedDays = mood.filter((b) => b.placed > 0);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  return (
    <section className="insights" aria-labelledby={headingId}>
      <PaneHeader
        id={headingId}
        icon={<ChartLine size={20} aria-hidden />}
        title={t('insights.title')}
        closeLabel={t('insights.close')}
        onClose={onClose}
        actions={
          <button type="button" className="button" onClick={onSelfChecks}>
            <ClipboardList size={16} aria-hidden /> {t('selfchecks.open')}
          </button>
        }
      />
      <p className="hint">{t('insights.lede')}</p>
      <div className="period-choice" role="radiogroup" aria-label={t('insights.period')}>
        {PERIODS.map((p) => (
          <label key={p} className="chip">
            <input
              type="radio"
              name="period"
              value={p}
              checked={period === p}
              onChange={() => setPeriod(p)}
            />
            {t(`insights.periods.${p}`)}
          </label>
        ))}
      </div>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {checkins === null ? (
        <p role="status">{t('insights.loading')}</p>
      ) : data.length === 0 ? (
        <p className="message info">{t('insights.empty')}</p>
      ) : (
        <>
          <p role="status">
            {t('insights.count', { count: data.length })}
            {damaged > 0 ? ` ${t('insights.damaged', { count: damaged })}` : ''}
          </p>

          <figure className="chart">
            <figcaption>
              <h3>{t('insights.moodTitle')}</h3>
              <p className="hint">{t('insights.moodHelp')}</p>
            </figcaption>
            <div className="chart-box" aria-hidden>
              <ResponsiveContainer width="100%" height={260}>
                <ComposedChart
                  accessibilityLayer={false}
                  data={mood}
                  margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
                >
                  <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" />
                  <XAxis
                    dataKey="label"
                    tick={{ fill: colours.text, fontSize: 12 }}
                    interval="preserveStartEnd"
                  />
                  <YAxis
                    domain={[-3, 3]}
                    ticks={[-3, -2, -1, 0, 1, 2, 3]}
                    tick={{ fill: colours.text, fontSize: 12 }}
                  />
                  <Tooltip />
                  <Legend />
                  <Area
                    dataKey="range"
                    name={t('insights.range')}
                    fill={colours.valence}
                    fillOpacity={0.18}
                    stroke="none"
                    isAnimationActive={false}
                    connectNulls={false}
                  />
                  <Line
                    dataKey="valence"
                    name={t('insights.valence')}
                    stroke={colours.valence}
                    strokeWidth={2}
                    dot={{ r: 3 }}
                    isAnimationActive={false}
                    connectNulls
                  />
                  <Line
                    dataKey="energy"
                    name={t('insights.energy')}
                    stroke={colours.energy}
                    strokeWidth={2}
                    strokeDasharray="5 3"
                    dot={{ r: 3 }}
                    isAnimationActive={false}
                    connectNulls
                  />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
            <table className="visually-hidden">
              <caption>{t('insights.moodTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.when')}</th>
                  <th scope="col">{t('insights.valence')}</th>
                  <th scope="col">{t('insights.energy')}</th>
                  <th scope="col">n</th>
                </tr>
              </thead>
              <tbody>
                {placedDays.map((b) => (
                  <tr key={b.key}>
                    <th scope="row">{b.label}</th>
                    <td>{number.format(b.valence!)}</td>
                    <td>{number.format(b.energy!)}</td>
                    <td>{b.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>

          <figure className="chart">
            <figcaption>
              <h3>{t('insights.quadrantTitle')}</h3>
            </figcaption>
            <div className="chart-box" aria-hidden>
              <ResponsiveContainer width="100%" height={220}>
                <BarChart
                  accessibilityLayer={false}
                  data={quadrants}
                  margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
                >
                  <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" />
                  <XAxis
                    dataKey="label"
                    tick={{ fill: colours.text, fontSize: 12 }}
                    interval="preserveStartEnd"
                  />
                  <YAxis allowDecimals={false} tick={{ fill: colours.text, fontSize: 12 }} />
                  <Tooltip />
                  <Legend />
                  {[...QUADRANTS, 'unplaced' as const].map((q) => (
                    <Bar
                      key={q}
                      dataKey={q}
                      stackId="q"
                      name={t(`insights.quadrants.${q}`)}
                      fill={QUADRANT_COLOURS[q]}
                      isAnimationActive={false}
                    />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
            <table className="visually-hidden">
              <caption>{t('insights.quadrantTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.when')}</th>
                  {[...QUADRANTS, 'unplaced' as const].map((q) => (
                    <th key={q} scope="col">
                      {t(`insights.quadrants.${q}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {quadrants
                  .filter((b) => b.n > 0)
                  .map((b) => (
                    <tr key={b.label}>
                      <th scope="row">{b.label}</th>
                      {[...QUADRANTS, 'unplaced' as const].map((q) => (
                        <td key={q}>{b[q]}</td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </figure>

          <div className="insight-columns">
            <section className="insight-list" aria-labelledby={`${headingId}-words`}>
              <h3 id={`${headingId}-words`}>{t('insights.wordsTitle')}</h3>
              <ol>
                {words.map((w) => (
                  <li key={w.id}>
                    <span className="word">{name(w.id)}</span>
                    <span className="track" aria-hidden>
                      <span className="bar" style={{ width: `${(w.count / words[0]!.count) * 100}%` }} />
                    </span>
                    <span className="figure">
                      {t('insights.wordCount', { count: w.count, intensity: number.format(w.meanIntensity) })}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
            <section className="insight-list" aria-labelledby={`${headingId}-context`}>
              <h3 id={`${headingId}-context`}>{t('insights.contextTitle')}</h3>
              {contexts.length === 0 ? (
                <p className="hint">{t('insights.noContext')}</p>
              ) : (
                <table className="context-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('insights.context')}</th>
                      <th scope="col">n</th>
                      <th scope="col">{t('insights.namedWith')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {contexts.map((c) => (
                      <tr key={c.tag}>
                        <th scope="row">{t(`checkin.tags.${c.tag}`, { defaultValue: c.tag })}</th>
                        <td>{c.n}</td>
                        <td>{c.labels.map((l) => `${name(l.id)} (${l.count})`).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>
          <p className="hint">{t('insights.honesty')}</p>
        </>
      )}
      <WeeklyReflection moments={weekMoments} weekStart={week} onWeekChange={setWeek} />
      <CalendarHeatmap moments={monthMoments} monthStart={month} onMonthChange={setMonth} />
      {sessions.length > 0 ? <WhatHelps sessions={sessions} /> : null}
    </section>
  );
}
