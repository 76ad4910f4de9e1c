import { Hand } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SENSATE_PROGRAMME,
  SENSATE_STAGE_COUNT,
  SENSATE_STAGE_IDS,
} from '../../../../shared/content/couple/sensate';
import type { PartnerId, PartnerProfile } from '../../../../shared/domain/couple';
import type { SensateStatus } from '../../../../shared/domain/coupleSensate';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import type { CoupleExerciseCardProps } from './exercises';
import { SecretForm } from './SecretForm';
import { SensateHistory } from './SensateHistory';
import { SensateSession } from './SensateSession';

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/**
 * The sensate focus card on the couple space's home: the stage, the last session, who is
 * ready for the next stage, and the ways in (a new session, an unfinished one, past sessions,
 * the stage their therapist set). Nothing private is shown here: no secret has been typed.
 */
export function SensateCard({ partners, open, home }: CoupleExerciseCardProps) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [status, setStatus] = useState<SensateStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('couple:sensate:status', undefined).then(
      (loaded) => live && setStatus(loaded),
      (failure: unknown) => live && setError(describeError(t, failure)),
    );
    return () => {
      live = false;
    };
  }, [t]);

  const name = (p: PartnerId) => partners[p].name;
  const stage = status?.stage ?? 0;
  const title = SENSATE_PROGRAMME[lang].stages[SENSATE_STAGE_IDS[stage] ?? SENSATE_STAGE_IDS[0]].title;
  const last = status?.sessions[0];
  const unfinished = last?.state === 'open' ? last : undefined;
  const doneHere = status?.sessions.some((s) => s.stage === stage && s.state === 'done') ?? false;
  const canMoveOn = doneHere && stage < SENSATE_STAGE_COUNT - 1;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  function readyPanel(partner: PartnerId, ready: boolean) {
    open(
      <SecretForm
        heading={t('coupleSensate.readyStep.secretHeading', { name: name(partner) })}
        names={[name(partner)]}
        submitLabel={
          ready
            ? t('coupleSensate.readyAs', { name: name(partner) })
            : t('coupleSensate.notReadyAs', { name: name(partner) })
        }
        onCancel={() => home()}
        onSubmit={async ([secret]) => {
          const next = await call('couple:sensate:ready', { partner, secret: secret!, ready });
          home(
            next.stage > stage
              ? t('coupleSensate.readyStep.moved', { n: next.stage + 1 })
              : t('coupleSensate.readyStep.saved'),
          );
        }}
      >
        <p>{t('coupleSensate.readyStep.secretLede')}</p>
      </SecretForm>,
    );
  }

  return (
    <article className="couple-card sensate-card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="couple-card-title">
        <Hand size={18} aria-hidden /> {t('coupleSensate.name')}
      </h4>
      <p>{t('coupleSensate.what')}</p>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {status === null ? null : (
        <>
          <p className="couple-state">
            {t('coupleSensate.stageOf', { n: stage + 1, total: SENSATE_STAGE_COUNT, title })}
          </p>
          {status.reachedBy === 'therapist' ? (
            <p className="hint">{t('coupleSensate.reachedByTherapist')}</p>
          ) : null}
          <p>
            {last
              ? t('coupleSensate.lastSession', {
                  date: date(last.startedAt),
                  state: t(`coupleSensate.state.${last.state}`),
                })
              : t('coupleSensate.noSession')}
          </p>
          {canMoveOn ? (
            <>
              <ul className="couple-states">
                {PARTNERS.map((p) => (
                  <li key={p}>
                    {status.ready[p]
                      ? t('coupleSensate.ready', { name: name(p) })
                      : t('coupleSensate.notReady', { name: name(p) })}
                  </li>
                ))}
              </ul>
              <p className="hint">{t('coupleSensate.readyHint')}</p>
            </>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              onClick={() => open(<SensateSession partners={partners} stage={stage} home={home} />)}
            >
              {t('coupleSensate.start')}
            </button>
            {unfinished ? (
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    open(
                      <SensateSession
                        partners={partners}
                        stage={unfinished.stage}
                        resume={unfinished.id}
                        home={home}
                      />,
                    )
                  }
                >
                  {t('coupleSensate.continueOpen')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void call('couple:sensate:stop', { sessionId: unfinished.id }).then(
                      (next) => {
                        setStatus(next);
                        home(t('coupleSensate.stop.stopped'));
                      },
                      (failure: unknown) => setError(describeError(t, failure)),
                    )
                  }
                >
                  {t('coupleSensate.stopOpen')}
                </button>
              </>
            ) : null}
            {canMoveOn
              ? PARTNERS.map((p) => (
                  <button
                    key={p}
                    type="button"
                    className="button"
                    onClick={() => readyPanel(p, !status.ready[p])}
                  >
                    {status.ready[p]
                      ? t('coupleSensate.notReadyAs', { name: name(p) })
                      : t('coupleSensate.readyAs', { name: name(p) })}
                  </button>
                ))
              : null}
          </div>
          <details className="couple-more">
            <summary>{t('coupleSensate.more')}</summary>
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() =>
                  open(<SensateHistory partners={partners} sessions={status.sessions} home={home} />)
                }
              >
                {t('coupleSensate.historyOpen')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => open(<TherapistStage partners={partners} current={stage} home={home} />)}
              >
                {t('coupleSensate.therapistOpen')}
              </button>
            </div>
          </details>
        </>
      )}
    </article>
  );
}

function TherapistStage({
  partners,
  current,
  home,
}: {
  partners: Record<PartnerId, PartnerProfile>;
  current: number;
  home: (message?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [stage, setStage] = useState(current);
  return (
    <SecretForm
      heading={t('coupleSensate.therapist.heading')}
      names={[partners.a.name, partners.b.name]}
      submitLabel={t('coupleSensate.therapist.submit')}
      onCancel={() => home()}
      onSubmit={async ([a, b]) => {
        await call('couple:sensate:setStage', { secrets: { a: a!, b: b! }, stage });
        home(t('coupleSensate.therapist.saved'));
      }}
    >
      <p>{t('coupleSensate.therapist.lede')}</p>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('coupleSensate.therapist.stage')}</label>
        <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(Number(e.target.value))}>
          {SENSATE_STAGE_IDS.map((stageId, index) => (
            <option key={stageId} value={index}>
              {t('coupleSensate.stageOf', {
                n: index + 1,
                total: SENSATE_STAGE_COUNT,
                title: SENSATE_PROGRAMME[lang].stages[stageId].title,
              })}
            </option>
          ))}
        </select>
      </div>
    </SecretForm>
  );
}
