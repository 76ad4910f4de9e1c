import { MessagesSquare } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoupleExerciseCardProps } from './exercises';
import { call } from '../../lib/api';
import { Talk } from './Talk';

/**
 * The conversations' one card on the couple home: what they are, how many rounds wait, and a
 * way in. The screens themselves (Talk.tsx) load their own state.
 */
export function TalkCard({ partners, open, home }: CoupleExerciseCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [waiting, setWaiting] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    call('couple:talk:status', undefined).then(
      (status) => live && setWaiting(status.open.filter((r) => r.answered.a || r.answered.b).length),
      () => live && setWaiting(null),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <article className="couple-card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="couple-card-title">
        <MessagesSquare size={18} aria-hidden /> {t('coupleTalk.card.title')}
      </h4>
      <p>{t('coupleTalk.card.what')}</p>
      {waiting ? <p className="couple-state">{t('coupleTalk.card.waiting', { count: waiting })}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={() => open(<Talk partners={partners} home={home} />)}
        >
          {t('coupleTalk.card.open')}
        </button>
      </div>
    </article>
  );
}
