import { FileText } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerId } from '../../../../shared/domain/couple';
import type { CoupleExportStatus } from '../../../../shared/domain/coupleExport';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { CoupleExportPanel } from './CoupleExportPanel';
import type { CoupleExerciseCardProps } from './exercises';

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/**
 * The couple space's card for the summary for a therapist: whether one is prepared and who has
 * agreed so far (as recorded: the preview, with a secret, says whether each still matches).
 */
export function ExportCard({ partners, open, home }: CoupleExerciseCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<CoupleExportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('couple:export:status', undefined).then(
      (loaded) => live && setStatus(loaded),
      (failure: unknown) => live && setError(describeError(t, failure)),
    );
    return () => {
      live = false;
    };
  }, [t]);

  const draft = status?.draft ?? null;
  const agreed = draft ? PARTNERS.filter((p) => draft.approvals[p]).map((p) => partners[p].name) : [];
  return (
    <article className="couple-card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="couple-card-title">
        <FileText size={18} aria-hidden /> {t('coupleExport.card.name')}
      </h4>
      <p>{t('coupleExport.card.what')}</p>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {status ? (
        <>
          <p className="couple-state">
            {draft
              ? t('coupleExport.card.drafted', {
                  who: agreed.length > 0 ? agreed.join(', ') : t('coupleExport.card.nobody'),
                })
              : t('coupleExport.card.none')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              onClick={() =>
                open(
                  <CoupleExportPanel
                    partners={partners}
                    status={status}
                    start={draft ? 'unlock' : 'choose'}
                    home={home}
                  />,
                )
              }
            >
              {draft ? t('coupleExport.card.open') : t('coupleExport.card.prepare')}
            </button>
          </div>
        </>
      ) : null}
    </article>
  );
}
