import { HeartHandshake, ListChecks } from 'lucide-react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoupleStatus, DesireOverlap, PartnerId } from '../../../../shared/domain/couple';
import { PaneHeader } from '../../components/PaneHeader';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { CoupleSetup } from './CoupleSetup';
import { DesireAnswering } from './DesireAnswering';
import { LeaveCoupleSpace } from './LeaveCoupleSpace';
import { Exchange } from './Exchange';
import { COUPLE_EXERCISES } from './exercises';
import { Overlaps } from './Overlaps';
import { SecretForm } from './SecretForm';
import './couple.css';

type View =
  | { kind: 'home' }
  | { kind: 'setup' }
  | { kind: 'answer'; partner: PartnerId }
  | { kind: 'ready'; partner: PartnerId; ready: boolean }
  | { kind: 'leave'; partner: PartnerId }
  | { kind: 'reveal' }
  | { kind: 'unlockOverlaps' }
  | { kind: 'overlaps'; overlaps: DesireOverlap[] }
  /** Two machines (Exchange.tsx): reachable before any same-machine space exists. */
  | { kind: 'exchange' }
  /** A screen of another exercise (exercises.ts): it calls `home` to come back. */
  | { kind: 'panel'; panel: ReactNode }
  /** "Close": back to the journal only with its passphrase, or lock. */
  | { kind: 'leaving' };

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/**
 * The couple space (issue 8): two partners on this computer, each with their own secret. Only
 * the contract's couple:* channels are used; nothing here reads or writes the journal.
 */
export default function Couple({ onClose, onLock }: { onClose: () => void; onLock: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<CoupleStatus | null>(null);
  const [view, setView] = useState<View>({ kind: 'home' });
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('couple:status', undefined).then(
      (loaded) => live && setStatus(loaded),
      (failure: unknown) => live && setError(describeError(t, failure)),
    );
    return () => {
      live = false;
    };
  }, [t]);

  function home(next?: CoupleStatus, message = '') {
    if (next) setStatus(next);
    setNote(message);
    setView({ kind: 'home' });
  }

  const space = status?.exists ? status : null;
  const round = space?.exercises.find((e) => e.exercise === 'desire-list') ?? null;
  const nameOf = (p: PartnerId) => space?.partners[p].name ?? p;

  return (
    <section className="couple" aria-labelledby={headingId}>
      <PaneHeader
        id={headingId}
        icon={<HeartHandshake size={20} aria-hidden />}
        title={t('couple.title')}
        closeLabel={t('couple.close')}
        onClose={() => setView({ kind: 'leaving' })}
      />
      <p className="saved-status" role="status">
        {view.kind === 'home' ? note : ''}
      </p>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {view.kind === 'leaving' ? (
        <LeaveCoupleSpace onReturn={onClose} onLock={onLock} onStay={() => home()} />
      ) : status === null ? (
        error ? null : (
          <p role="status">{t('couple.loading')}</p>
        )
      ) : view.kind === 'exchange' ? (
        <Exchange onBack={(message) => home(undefined, message)} />
      ) : view.kind === 'setup' ? (
        <CoupleSetup onDone={(next) => home(next)} onCancel={() => home()} />
      ) : !space || !round ? (
        <div className="couple-intro">
          <p>{t('couple.intro')}</p>
          <p>{t('couple.introCrypto')}</p>
          <p className="hint">{t('couple.separate')}</p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => setView({ kind: 'setup' })}>
              {t('couple.setup.start')}
            </button>
            <button type="button" className="button" onClick={() => setView({ kind: 'exchange' })}>
              {t('coupleExchange.entry')}
            </button>
          </div>
          <p className="hint">{t('coupleExchange.entryHint')}</p>
        </div>
      ) : view.kind === 'answer' ? (
        <DesireAnswering
          key={view.partner}
          partner={view.partner}
          name={nameOf(view.partner)}
          onSealed={(next) => home(next)}
          onPause={() => home(undefined, t('couple.stop.paused'))}
        />
      ) : view.kind === 'ready' ? (
        <SecretForm
          heading={t('couple.secret.readyHeading', { name: nameOf(view.partner) })}
          names={[nameOf(view.partner)]}
          submitLabel={
            view.ready
              ? t('couple.home.readyAs', { name: nameOf(view.partner) })
              : t('couple.home.notReadyAs', { name: nameOf(view.partner) })
          }
          onCancel={() => home()}
          onSubmit={async ([secret]) =>
            home(
              await call('couple:desires:ready', {
                partner: view.partner,
                secret: secret!,
                ready: view.ready,
              }),
              t('couple.home.readySaved'),
            )
          }
        >
          <p>{t('couple.secret.readyText')}</p>
        </SecretForm>
      ) : view.kind === 'leave' ? (
        <SecretForm
          heading={t('couple.secret.leaveHeading', { name: nameOf(view.partner) })}
          names={[nameOf(view.partner)]}
          submitLabel={t('couple.home.leaveAs', { name: nameOf(view.partner) })}
          onCancel={() => home()}
          onSubmit={async ([secret]) =>
            home(
              await call('couple:desires:leave', { partner: view.partner, secret: secret! }),
              t('couple.home.left'),
            )
          }
        >
          <p>{t('couple.home.leaveHint')}</p>
        </SecretForm>
      ) : view.kind === 'reveal' ? (
        <SecretForm
          heading={t('couple.reveal.heading')}
          names={[nameOf('a'), nameOf('b')]}
          submitLabel={t('couple.reveal.submit')}
          onCancel={() => home()}
          onSubmit={async ([a, b]) => {
            const { overlaps } = await call('couple:desires:reveal', { secrets: { a: a!, b: b! } });
            setStatus(await call('couple:status', undefined));
            setView({ kind: 'overlaps', overlaps });
          }}
        >
          <p>{t('couple.reveal.lede')}</p>
        </SecretForm>
      ) : view.kind === 'unlockOverlaps' ? (
        <UnlockOverlaps
          names={{ a: nameOf('a'), b: nameOf('b') }}
          onOpen={(overlaps) => setView({ kind: 'overlaps', overlaps })}
          onCancel={() => home()}
        />
      ) : view.kind === 'overlaps' ? (
        <Overlaps overlaps={view.overlaps} onBack={() => home()} />
      ) : view.kind === 'panel' ? (
        view.panel
      ) : (
        <div className="couple-home">
          <p>{t('couple.intro')}</p>
          <p className="hint">{t('couple.introCrypto')}</p>
          <p className="couple-partners">
            {t('couple.home.partners', {
              a: withPronouns(t, space.partners.a),
              b: withPronouns(t, space.partners.b),
            })}
          </p>
          <h3>{t('couple.home.exercises')}</h3>
          <article className="couple-card" aria-labelledby={`${headingId}-desire`}>
            <h4 id={`${headingId}-desire`} className="couple-card-title">
              <ListChecks size={18} aria-hidden /> {t('couple.home.desireName')}
            </h4>
            <p>{t('couple.home.desireWhat')}</p>
            {round.revealed ? (
              <>
                <p className="couple-state">{t('couple.home.revealed')}</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button primary"
                    onClick={() => setView({ kind: 'unlockOverlaps' })}
                  >
                    {t('couple.home.seeOverlaps')}
                  </button>
                </div>
              </>
            ) : (
              <>
                <ul className="couple-states">
                  {PARTNERS.map((p) => (
                    <li key={p}>
                      {round.answered[p]
                        ? t('couple.home.answered', { name: nameOf(p) })
                        : t('couple.home.notAnswered', { name: nameOf(p) })}
                      {round.answered[p] ? (
                        <>
                          {' · '}
                          {round.ready[p] ? t('couple.home.ready') : t('couple.home.notReady')}
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
                <div className="button-row">
                  {PARTNERS.map((p) =>
                    round.answered[p] ? (
                      <button
                        key={p}
                        type="button"
                        className="button"
                        onClick={() => setView({ kind: 'ready', partner: p, ready: !round.ready[p] })}
                      >
                        {round.ready[p]
                          ? t('couple.home.notReadyAs', { name: nameOf(p) })
                          : t('couple.home.readyAs', { name: nameOf(p) })}
                      </button>
                    ) : (
                      <button
                        key={p}
                        type="button"
                        className="button primary"
                        onClick={() => setView({ kind: 'answer', partner: p })}
                      >
                        {t('couple.home.answerAs', { name: nameOf(p) })}
                      </button>
                    ),
                  )}
                  {round.ready.a && round.ready.b ? (
                    <button
                      type="button"
                      className="button primary"
                      onClick={() => setView({ kind: 'reveal' })}
                    >
                      {t('couple.home.reveal')}
                    </button>
                  ) : null}
                </div>
              </>
            )}
            <details className="couple-more">
              <summary>{t('couple.home.more')}</summary>
              <p className="hint">{t('couple.home.answerAgainHint')}</p>
              <div className="button-row">
                {PARTNERS.filter((p) => round.answered[p]).map((p) => (
                  <button
                    key={p}
                    type="button"
                    className="button"
                    onClick={() => setView({ kind: 'answer', partner: p })}
                  >
                    {t('couple.home.answerAgain', { name: nameOf(p) })}
                  </button>
                ))}
              </div>
              <p className="hint">{t('couple.home.leaveHint')}</p>
              <div className="button-row">
                {PARTNERS.filter((p) => round.answered[p]).map((p) => (
                  <button
                    key={p}
                    type="button"
                    className="button"
                    onClick={() => setView({ kind: 'leave', partner: p })}
                  >
                    {t('couple.home.leaveAs', { name: nameOf(p) })}
                  </button>
                ))}
              </div>
            </details>
          </article>
          {COUPLE_EXERCISES.map(({ id, Card }) => (
            <Card
              key={id}
              partners={space.partners}
              open={(panel) => {
                setNote('');
                setView({ kind: 'panel', panel });
              }}
              home={(message) => home(undefined, message)}
              refresh={(next) => setStatus(next)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function withPronouns(
  t: ReturnType<typeof useTranslation>['t'],
  profile: { name: string; pronouns: string },
): string {
  return profile.pronouns ? t('couple.home.pronouns', profile) : profile.name;
}

function UnlockOverlaps({
  names,
  onOpen,
  onCancel,
}: {
  names: Record<PartnerId, string>;
  onOpen: (overlaps: DesireOverlap[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [partner, setPartner] = useState<PartnerId>('a');
  return (
    <SecretForm
      key={partner}
      heading={t('couple.secret.overlapsHeading')}
      names={[names[partner]]}
      submitLabel={t('couple.secret.submit')}
      onCancel={onCancel}
      onSubmit={async ([secret]) => {
        const { overlaps } = await call('couple:desires:overlaps', { partner, secret: secret! });
        onOpen(overlaps);
      }}
    >
      <div className="button-row" role="group" aria-label={t('couple.secret.whose')}>
        {PARTNERS.map((p) => (
          <label key={p} className="couple-option">
            <input type="radio" name="couple-whose" checked={partner === p} onChange={() => setPartner(p)} />
            <span>{names[p]}</span>
          </label>
        ))}
      </div>
    </SecretForm>
  );
}
