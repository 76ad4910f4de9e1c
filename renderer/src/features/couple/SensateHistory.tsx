import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerId, PartnerProfile } from '../../../../shared/domain/couple';
import {
  SENSATE_SCALES,
  type SensateOwnEntry,
  type SensateSessionSummary,
  type SensateSharedEntry,
} from '../../../../shared/domain/coupleSensate';
import { call } from '../../lib/api';
import { SecretForm } from './SecretForm';

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

interface Opened {
  partner: PartnerId;
  shared: SensateSharedEntry[];
  own: SensateOwnEntry[];
}

/**
 * Past sessions, opened with one partner's secret: what both share (limits, debrief) and that
 * partner's own ratings and note. The other partner's private items are never asked for: the
 * core would not return them, and this screen does not even have a place for them.
 */
export function SensateHistory({
  partners,
  sessions,
  home,
}: {
  partners: Record<PartnerId, PartnerProfile>;
  sessions: SensateSessionSummary[];
  home: (message?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [partner, setPartner] = useState<PartnerId>('a');
  const [opened, setOpened] = useState<Opened | null>(null);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  if (!opened) {
    return (
      <SecretForm
        key={partner}
        heading={t('coupleSensate.history.secretHeading')}
        names={[partners[partner].name]}
        submitLabel={t('couple.secret.submit')}
        onCancel={() => home()}
        onSubmit={async ([secret]) => {
          const shared = await call('couple:sensate:shared', { partner, secret: secret! });
          const own = await call('couple:sensate:own', { partner, secret: secret! });
          setOpened({ partner, shared: shared.sessions, own: own.entries });
        }}
      >
        <div className="button-row" role="group" aria-label={t('coupleSensate.history.whose')}>
          {PARTNERS.map((p) => (
            <label key={p} className="couple-option">
              <input
                type="radio"
                name={`${id}-whose`}
                checked={partner === p}
                onChange={() => setPartner(p)}
              />
              <span>{partners[p].name}</span>
            </label>
          ))}
        </div>
      </SecretForm>
    );
  }

  const you = partners[opened.partner].name;
  return (
    <section className="sensate-history" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('coupleSensate.history.heading')}</h3>
      <p className="hint">{t('coupleSensate.history.lede')}</p>
      {sessions.length === 0 ? <p>{t('coupleSensate.history.none')}</p> : null}
      {sessions.map((session) => {
        const shared = opened.shared.find((s) => s.sessionId === session.id);
        const own = opened.own.find((o) => o.sessionId === session.id);
        return (
          <article
            key={session.id}
            className="couple-card"
            data-session={session.id}
            aria-labelledby={`${id}-${session.id}`}
          >
            <h4 id={`${id}-${session.id}`}>
              {t('coupleSensate.history.session', {
                date: date(session.startedAt),
                n: session.stage + 1,
                state: t(`coupleSensate.state.${session.state}`),
              })}
            </h4>
            <h5>{t('coupleSensate.history.limits')}</h5>
            <p className="sensate-text">{shared?.limits}</p>
            <h5>{t('coupleSensate.history.debrief')}</h5>
            {shared?.debrief ? (
              <dl className="sensate-debrief">
                {(['good', 'keep', 'change'] as const).map((key) => (
                  <div key={key}>
                    <dt>{t(`coupleSensate.debrief.${key}`)}</dt>
                    <dd className="sensate-text">{shared.debrief?.[key] || '—'}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="hint">{t('coupleSensate.history.noDebrief')}</p>
            )}
            <section className="sensate-own" data-testid="sensate-own">
              <h5>{t('coupleSensate.history.own', { name: you })}</h5>
              {own ? (
                <>
                  <ul>
                    {SENSATE_SCALES.map((scale) => (
                      <li key={scale}>
                        {t('coupleSensate.history.rating', {
                          label: t(`coupleSensate.rate.scale.${scale}`),
                          value: own.ratings[scale],
                        })}
                      </li>
                    ))}
                  </ul>
                  {own.note ? <p className="sensate-text">{own.note}</p> : null}
                </>
              ) : (
                <p className="hint">{t('coupleSensate.history.ownNone')}</p>
              )}
            </section>
          </article>
        );
      })}
      <button type="button" className="button primary" onClick={() => home()}>
        {t('coupleSensate.history.back')}
      </button>
    </section>
  );
}
