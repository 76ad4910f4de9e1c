import { OctagonX } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SENSATE_PROGRAMME,
  SENSATE_STAGE_COUNT,
  SENSATE_STAGE_IDS,
} from '../../../../shared/content/couple/sensate';
import type { PartnerId, PartnerProfile } from '../../../../shared/domain/couple';
import {
  SENSATE_SCALES,
  type SensateRatings,
  type SensateStatus,
} from '../../../../shared/domain/coupleSensate';
import { call } from '../../lib/api';
import { WarningNotice } from '../safety/WarningNotice';
import { ConsentCheckIn } from './ConsentCheckIn';
import { SecretForm } from './SecretForm';
import './sensate.css';

const CONSENT = { byChoice: true, canStop: true, partnerCanStop: true } as const;
const TEXT_MAX = 4000;

type Step =
  | { kind: 'handOver'; partner: PartnerId }
  | { kind: 'consent'; partner: PartnerId }
  | { kind: 'limits' }
  | { kind: 'limitsSecrets' }
  | { kind: 'guide' }
  | { kind: 'rateHandOver'; partner: PartnerId }
  | { kind: 'rate'; partner: PartnerId }
  | { kind: 'rateSeal'; partner: PartnerId }
  | { kind: 'rateSealed'; partner: PartnerId }
  | { kind: 'debrief' }
  | { kind: 'debriefSecrets' }
  | { kind: 'ready' }
  | { kind: 'readySecret'; partner: PartnerId };

/**
 * One sensate focus session, both partners at this computer: each partner's private consent
 * check-in → the limits they write together (both secrets) → the stage's guidance → each
 * partner's private ratings and note, sealed with their own secret → the debrief they write
 * together (both secrets) → "ready for the next stage?", each with their own secret.
 * "Stop" stays at the top of every step until the session is saved; it asks for nothing.
 * A partner's ratings and note live in this component only until they are sealed, and are
 * cleared before the keyboard goes to the other partner.
 */
export function SensateSession({
  partners,
  stage,
  resume,
  home,
}: {
  partners: Record<PartnerId, PartnerProfile>;
  stage: number;
  /** An unfinished session to take up again: both consent check-ins, its guidance, the ratings. */
  resume?: string;
  home: (message?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'handOver', partner: 'a' });
  const [sessionId, setSessionId] = useState<string | null>(resume ?? null);
  const [saved, setSaved] = useState(false);
  const [limits, setLimits] = useState('');
  const [limitsTried, setLimitsTried] = useState(false);
  const [ratings, setRatings] = useState<Partial<SensateRatings>>({});
  const [note, setNote] = useState('');
  const [rateTried, setRateTried] = useState(false);
  const [debrief, setDebrief] = useState({ good: '', keep: '', change: '' });
  const [status, setStatus] = useState<SensateStatus | null>(null);
  const name = (p: PartnerId) => partners[p].name;
  const programme = SENSATE_PROGRAMME[lang];
  const stageId = SENSATE_STAGE_IDS[stage] ?? SENSATE_STAGE_IDS[0];
  const guide = programme.stages[stageId];
  const rated = SENSATE_SCALES.every((scale) => ratings[scale] !== undefined);

  async function stop() {
    if (sessionId && !saved) {
      try {
        await call('couple:sensate:stop', { sessionId });
      } finally {
        home(t('coupleSensate.stop.stopped'));
      }
      return;
    }
    home(t('coupleSensate.stop.nothingSaved'));
  }

  function clearPrivate() {
    setRatings({});
    setNote('');
    setRateTried(false);
  }

  function afterRating(partner: PartnerId) {
    clearPrivate();
    setStep(partner === 'a' ? { kind: 'rateHandOver', partner: 'b' } : { kind: 'debrief' });
  }

  return (
    <div className="couple-flow sensate-flow">
      <div className="couple-stop">
        {saved ? null : (
          <button
            type="button"
            className="button sensate-stop"
            onClick={() => void stop()}
            title={t('coupleSensate.stop.hint')}
          >
            <OctagonX size={16} aria-hidden /> {t('coupleSensate.stop.stop')}
          </button>
        )}
      </div>

      {step.kind === 'handOver' || step.kind === 'rateHandOver' ? (
        <div className="couple-card couple-handover">
          <h3>{t('couple.handOver.heading', { name: name(step.partner) })}</h3>
          <p>{t('couple.handOver.text', { name: name(step.partner) })}</p>
          <button
            type="button"
            className="button primary"
            autoFocus
            onClick={() =>
              setStep(
                step.kind === 'handOver'
                  ? { kind: 'consent', partner: step.partner }
                  : { kind: 'rate', partner: step.partner },
              )
            }
          >
            {t('couple.handOver.ready', { name: name(step.partner) })}
          </button>
        </div>
      ) : step.kind === 'consent' ? (
        <ConsentCheckIn
          key={step.partner}
          name={name(step.partner)}
          startLabel={t('coupleSensate.consent.next')}
          onConsented={() =>
            // A session taken up again asks for consent again, not for the limits already agreed.
            setStep(
              step.partner === 'a'
                ? { kind: 'handOver', partner: 'b' }
                : resume
                  ? { kind: 'guide' }
                  : { kind: 'limits' },
            )
          }
        />
      ) : step.kind === 'limits' ? (
        <form
          className="couple-card"
          aria-labelledby={`${id}-limits`}
          onSubmit={(event) => {
            event.preventDefault();
            setLimitsTried(true);
            if (limits.trim() !== '') setStep({ kind: 'limitsSecrets' });
          }}
        >
          <h3 id={`${id}-limits`}>{t('coupleSensate.limits.heading')}</h3>
          <p>{t('coupleSensate.limits.lede')}</p>
          <div className="sensate-agreement">
            <h4>{t('coupleSensate.limits.agreementHeading')}</h4>
            <p>{programme.agreement}</p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-limits-text`}>{t('coupleSensate.limits.label')}</label>
            <textarea
              id={`${id}-limits-text`}
              rows={4}
              maxLength={TEXT_MAX}
              value={limits}
              autoFocus
              aria-describedby={`${id}-limits-hint${limitsTried && limits.trim() === '' ? ` ${id}-limits-error` : ''}`}
              aria-invalid={limitsTried && limits.trim() === ''}
              onChange={(e) => setLimits(e.target.value)}
            />
            <p id={`${id}-limits-hint`} className="hint">
              {t('coupleSensate.limits.hint')}
            </p>
          </div>
          {limitsTried && limits.trim() === '' ? (
            <p id={`${id}-limits-error`} className="field-error" role="alert">
              {t('coupleSensate.limits.missing')}
            </p>
          ) : null}
          <button type="submit" className="button primary">
            {t('coupleSensate.limits.next')}
          </button>
        </form>
      ) : step.kind === 'limitsSecrets' ? (
        <SecretForm
          heading={t('coupleSensate.limits.secretsHeading')}
          names={[name('a'), name('b')]}
          submitLabel={t('coupleSensate.limits.begin')}
          onCancel={() => setStep({ kind: 'limits' })}
          onSubmit={async ([a, b]) => {
            const started = await call('couple:sensate:start', {
              secrets: { a: a!, b: b! },
              consent: { a: CONSENT, b: CONSENT },
              limits,
            });
            setSessionId(started.sessionId);
            setStep({ kind: 'guide' });
          }}
        >
          <p>{t('coupleSensate.limits.secretsLede')}</p>
        </SecretForm>
      ) : step.kind === 'guide' ? (
        <article className="couple-card sensate-guide" aria-labelledby={`${id}-guide`}>
          <h3 id={`${id}-guide`}>
            {t('coupleSensate.stageOf', { n: stage + 1, total: SENSATE_STAGE_COUNT, title: guide.title })}
          </h3>
          <p className="hint">{t('coupleSensate.guide.framework', { framework: programme.framework })}</p>
          {limits.trim() !== '' ? (
            <section className="sensate-limits" aria-labelledby={`${id}-today`}>
              <h4 id={`${id}-today`}>{t('coupleSensate.guide.limits')}</h4>
              <p className="sensate-text">{limits}</p>
            </section>
          ) : null}
          <h4>{t('coupleSensate.guide.what')}</h4>
          <p>{guide.what}</p>
          <h4>{t('coupleSensate.guide.duration')}</h4>
          <p>{guide.duration}</p>
          <h4>{t('coupleSensate.guide.notice')}</h4>
          <p>{guide.notice}</p>
          <p className="hint">{t('coupleSensate.guide.stopNote')}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => setStep({ kind: 'rateHandOver', partner: 'a' })}
          >
            {t('coupleSensate.guide.done')}
          </button>
        </article>
      ) : step.kind === 'rate' ? (
        <form
          className="couple-card"
          aria-labelledby={`${id}-rate`}
          onSubmit={(event) => {
            event.preventDefault();
            setRateTried(true);
            if (rated) setStep({ kind: 'rateSeal', partner: step.partner });
          }}
        >
          <h3 id={`${id}-rate`}>{t('coupleSensate.rate.heading', { name: name(step.partner) })}</h3>
          <p>{t('coupleSensate.rate.lede', { name: name(step.partner) })}</p>
          <p className="hint">{t('coupleSensate.rate.anchors')}</p>
          {SENSATE_SCALES.map((scale) => (
            <fieldset key={scale} className="couple-item sensate-scale" data-scale={scale}>
              <legend>{t(`coupleSensate.rate.scale.${scale}`)}</legend>
              <div className="sensate-scale-options">
                {Array.from({ length: 11 }, (_, value) => (
                  <label key={value} className="couple-option">
                    <input
                      type="radio"
                      name={`${id}-${scale}`}
                      value={value}
                      checked={ratings[scale] === value}
                      onChange={() => setRatings((r) => ({ ...r, [scale]: value }))}
                    />
                    <span>{value}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div className="field sensate-note">
            <label htmlFor={`${id}-note`}>{t('coupleSensate.rate.note')}</label>
            <textarea
              id={`${id}-note`}
              rows={4}
              maxLength={TEXT_MAX}
              value={note}
              aria-describedby={`${id}-note-hint`}
              onChange={(e) => setNote(e.target.value)}
            />
            <p id={`${id}-note-hint`} className="hint">
              {t('coupleSensate.rate.noteHint')}
            </p>
          </div>
          <WarningNotice text={note} />
          {rateTried && !rated ? (
            <p className="field-error" role="alert">
              {t('coupleSensate.rate.incomplete')}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button primary">
              {t('coupleSensate.rate.next')}
            </button>
            <button type="button" className="button" onClick={() => afterRating(step.partner)}>
              {t('coupleSensate.rate.skip')}
            </button>
          </div>
        </form>
      ) : step.kind === 'rateSeal' ? (
        <SecretForm
          heading={t('coupleSensate.rate.sealHeading', { name: name(step.partner) })}
          names={[name(step.partner)]}
          submitLabel={t('coupleSensate.rate.next')}
          onCancel={() => setStep({ kind: 'rate', partner: step.partner })}
          onSubmit={async ([secret]) => {
            await call('couple:sensate:rate', {
              partner: step.partner,
              secret: secret!,
              sessionId: sessionId!,
              ratings: ratings as SensateRatings,
              note,
            });
            clearPrivate();
            setStep({ kind: 'rateSealed', partner: step.partner });
          }}
        />
      ) : step.kind === 'rateSealed' ? (
        <div className="couple-card couple-handover">
          <h3>{t('couple.sealed.heading')}</h3>
          <p>{t('coupleSensate.rate.sealed')}</p>
          <button
            type="button"
            className="button primary"
            autoFocus
            onClick={() => afterRating(step.partner)}
          >
            {t('coupleSensate.rate.handOn')}
          </button>
        </div>
      ) : step.kind === 'debrief' ? (
        <form
          className="couple-card"
          aria-labelledby={`${id}-debrief`}
          onSubmit={(event) => {
            event.preventDefault();
            setStep({ kind: 'debriefSecrets' });
          }}
        >
          <h3 id={`${id}-debrief`}>{t('coupleSensate.debrief.heading')}</h3>
          <p>{t('coupleSensate.debrief.lede')}</p>
          {(['good', 'keep', 'change'] as const).map((key) => (
            <div key={key} className="field">
              <label htmlFor={`${id}-${key}`}>{t(`coupleSensate.debrief.${key}`)}</label>
              <textarea
                id={`${id}-${key}`}
                rows={3}
                maxLength={TEXT_MAX}
                value={debrief[key]}
                onChange={(e) => setDebrief((d) => ({ ...d, [key]: e.target.value }))}
              />
            </div>
          ))}
          <button type="submit" className="button primary">
            {t('coupleSensate.debrief.next')}
          </button>
        </form>
      ) : step.kind === 'debriefSecrets' ? (
        <SecretForm
          heading={t('coupleSensate.debrief.secretsHeading')}
          names={[name('a'), name('b')]}
          submitLabel={t('coupleSensate.debrief.next')}
          onCancel={() => setStep({ kind: 'debrief' })}
          onSubmit={async ([a, b]) => {
            setStatus(
              await call('couple:sensate:debrief', {
                secrets: { a: a!, b: b! },
                sessionId: sessionId!,
                debrief,
              }),
            );
            setSaved(true);
            setStep({ kind: 'ready' });
          }}
        />
      ) : step.kind === 'readySecret' ? (
        <SecretForm
          heading={t('coupleSensate.readyStep.secretHeading', { name: name(step.partner) })}
          names={[name(step.partner)]}
          submitLabel={t('coupleSensate.readyStep.as', { name: name(step.partner) })}
          onCancel={() => setStep({ kind: 'ready' })}
          onSubmit={async ([secret]) => {
            setStatus(
              await call('couple:sensate:ready', { partner: step.partner, secret: secret!, ready: true }),
            );
            setStep({ kind: 'ready' });
          }}
        >
          <p>{t('coupleSensate.readyStep.secretLede')}</p>
        </SecretForm>
      ) : (
        <ReadyStep
          status={status}
          stage={stage}
          name={name}
          onReady={(partner) => setStep({ kind: 'readySecret', partner })}
          onBack={() => home(t('coupleSensate.debrief.saved'))}
        />
      )}
    </div>
  );
}

function ReadyStep({
  status,
  stage,
  name,
  onReady,
  onBack,
}: {
  status: SensateStatus | null;
  stage: number;
  name: (p: PartnerId) => string;
  onReady: (partner: PartnerId) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const moved = status !== null && status.stage > stage;
  const last = stage >= SENSATE_STAGE_COUNT - 1;
  return (
    <div className="couple-card couple-handover">
      <h3>{t('coupleSensate.debrief.saved')}</h3>
      {moved ? (
        <p role="status">{t('coupleSensate.readyStep.moved', { n: status.stage + 1 })}</p>
      ) : last ? (
        <p>{t('coupleSensate.lastStage')}</p>
      ) : (
        <>
          <h4>{t('coupleSensate.readyStep.heading')}</h4>
          <p>{t('coupleSensate.readyStep.lede')}</p>
          <ul className="couple-states">
            {(['a', 'b'] as const).map((p) => (
              <li key={p}>
                {status?.ready[p]
                  ? t('coupleSensate.ready', { name: name(p) })
                  : t('coupleSensate.notReady', { name: name(p) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        {moved || last
          ? null
          : (['a', 'b'] as const)
              .filter((p) => !status?.ready[p])
              .map((p) => (
                <button key={p} type="button" className="button" onClick={() => onReady(p)}>
                  {t('coupleSensate.readyStep.as', { name: name(p) })}
                </button>
              ))}
        <button type="button" className="button primary" onClick={onBack}>
          {t('coupleSensate.readyStep.back')}
        </button>
      </div>
    </div>
  );
}
