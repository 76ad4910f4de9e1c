import { ClipboardList } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { lifeAreaName, thinkingTrapName } from '../../../../shared/content/worksheetLists';
import type { Worksheet } from '../../../../shared/domain/worksheet';
import { worksheetEmotionName } from '../../../../shared/domain/worksheetMarkdown';
import { fill, WORKSHEET_TEXT } from '../../../../shared/domain/worksheetText';
import { capitalise } from '../../lib/text';
import { useContentLang } from './fields';
import './worksheets.css';

/** A titled block of the person's own words, left out when they wrote nothing there. */
function Part({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <section className="worksheet-part">
      <h3>{label}</h3>
      <p className="worksheet-words">{text.trim()}</p>
    </section>
  );
}

/** Ratings as a definition list, the unrated ones left out. */
function Ratings({ items }: { items: Array<[string, string | null]> }) {
  const rated = items.filter((item): item is [string, string] => item[1] !== null);
  if (rated.length === 0) return null;
  return (
    <dl className="worksheet-scores">
      {rated.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The badge the timeline and the read view show for a worksheet's kind. */
export function WorksheetBadge({ kind }: { kind: Worksheet['kind'] }) {
  const { t } = useTranslation();
  return (
    <span className="worksheet-badge">
      <ClipboardList size={12} aria-hidden /> {t(`worksheets.names.${kind}`)}
    </span>
  );
}

/**
 * A saved worksheet laid out to read — not its Markdown: parts as headed blocks, ratings as
 * numbers, the hot thought marked, evidence side by side. Shown in the interface's language.
 */
export function WorksheetView({ worksheet: ws }: { worksheet: Worksheet }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const words = WORKSHEET_TEXT[lang];
  const p = words.parts;
  const percent = (v: number | null) => (v === null ? null : fill(words.percent, { value: v }));
  const outOf10 = (v: number | null) => (v === null ? null : fill(words.outOf10, { value: v }));
  const area = (id: Parameters<typeof lifeAreaName>[0] | null) =>
    id === null ? null : capitalise(lifeAreaName(id, lang));

  return (
    <div className="worksheet-view">
      <p className="worksheet-framework">
        <WorksheetBadge kind={ws.kind} />{' '}
        {t('worksheets.basedOn', { framework: t(`worksheets.frameworks.${ws.kind}`) })}
      </p>
      {ws.kind === 'thought-record' ? (
        <>
          <Part label={p.situation} text={ws.situation} />
          {ws.emotions.length > 0 ? (
            <section className="worksheet-part">
              <h3>{p.emotions}</h3>
              <Ratings
                items={ws.emotions.map((e) => {
                  const before = percent(e.rating) ?? '–';
                  const after = percent(e.after);
                  return [
                    capitalise(worksheetEmotionName(e, lang)),
                    after ? fill(words.rerated, { before, after }) : e.rating === null ? null : before,
                  ];
                })}
              />
            </section>
          ) : null}
          {ws.thoughts.some((th) => th.text.trim()) ? (
            <section className="worksheet-part">
              <h3>{p.thoughts}</h3>
              <ul className="worksheet-thought-list">
                {ws.thoughts
                  .filter((th) => th.text.trim())
                  .map((th, i) => (
                    <li key={i} className={th.hot ? 'hot' : undefined}>
                      <span className="worksheet-words">{th.text.trim()}</span>
                      <span className="worksheet-thought-notes">
                        {th.hot ? <span className="worksheet-tag">{t('worksheets.view.hot')}</span> : null}
                        {th.belief !== null ? fill(p.belief, { value: percent(th.belief) ?? '' }) : null}
                      </span>
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
          {ws.traps.length > 0 ? (
            <section className="worksheet-part">
              <h3>{p.traps}</h3>
              <ul className="worksheet-chips">
                {ws.traps.map((id) => (
                  <li key={id}>{capitalise(thinkingTrapName(id, lang))}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {ws.evidenceFor.trim() || ws.evidenceAgainst.trim() ? (
            <div className="worksheet-columns">
              <Part label={p.evidenceFor} text={ws.evidenceFor} />
              <Part label={p.evidenceAgainst} text={ws.evidenceAgainst} />
            </div>
          ) : null}
          {ws.balancedThought.trim() ? (
            <section className="worksheet-part worksheet-callout">
              <h3>{p.balancedThought}</h3>
              <p className="worksheet-words">{ws.balancedThought.trim()}</p>
              {ws.balancedBelief !== null ? (
                <p className="worksheet-thought-notes">
                  {capitalise(fill(p.belief, { value: percent(ws.balancedBelief) ?? '' }))}
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : ws.kind === 'behavioural-activation' ? (
        <>
          <Part label={p.activity} text={ws.activity} />
          <Ratings
            items={[
              [p.area, area(ws.area)],
              [p.status, ws.status === 'done' ? p.done : p.planned],
              [p.when, ws.when === null ? null : ws.when.replace('T', ' ')],
              [p.pleasure, outOf10(ws.pleasure)],
              [p.mastery, outOf10(ws.mastery)],
              [p.moodBefore, outOf10(ws.moodBefore)],
              [p.moodAfter, outOf10(ws.moodAfter)],
            ]}
          />
          <Part label={p.note} text={ws.note} />
        </>
      ) : ws.kind === 'self-compassion-break' ? (
        <>
          <Part label={p.situation} text={ws.situation} />
          <Part label={p.whatIsHard} text={ws.whatIsHard} />
          <Part label={p.othersFeelThis} text={ws.othersFeelThis} />
          <Part label={p.kindWords} text={ws.kindWords} />
          <Part label={p.kindAction} text={ws.kindAction} />
          <Ratings
            items={[
              [p.distressBefore, outOf10(ws.distressBefore)],
              [p.distressAfter, outOf10(ws.distressAfter)],
            ]}
          />
        </>
      ) : ws.kind === 'three-good-things' ? (
        <ol className="worksheet-good-things">
          {ws.items.map((item, i) =>
            item.what.trim() || item.why.trim() ? (
              <li key={i}>
                <p className="worksheet-words strong">{item.what.trim()}</p>
                {item.why.trim() ? (
                  <p className="worksheet-words">
                    <span className="worksheet-label">{p.why}</span> {item.why.trim()}
                  </p>
                ) : null}
              </li>
            ) : null,
          )}
        </ol>
      ) : (
        <>
          <Ratings items={[[p.area, area(ws.area)]]} />
          <Part label={p.value} text={ws.value} />
          <Ratings
            items={[
              [p.importance, outOf10(ws.importance)],
              [p.consistency, outOf10(ws.consistency)],
            ]}
          />
          <Part label={p.nextStep} text={ws.nextStep} />
          <Part label={p.barrier} text={ws.barrier} />
        </>
      )}
    </div>
  );
}
