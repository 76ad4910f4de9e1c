import { ArrowLeftRight } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Exchange } from './Exchange';
import type { CoupleExerciseCardProps } from './exercises';

/** The couple home's door to two machines, for a couple who also has a space on this computer. */
export function ExchangeCard({ open, home }: CoupleExerciseCardProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <article className="couple-card" aria-labelledby={id}>
      <h4 id={id} className="couple-card-title">
        <ArrowLeftRight size={18} aria-hidden /> {t('coupleExchange.heading')}
      </h4>
      <p>{t('coupleExchange.entryHint')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => open(<Exchange onBack={home} />)}>
          {t('coupleExchange.entry')}
        </button>
      </div>
    </article>
  );
}
