import { ClipboardList, Play, Wind } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHEET_KINDS, type WorksheetKind } from '../../../../shared/domain/worksheet';
import { PaneHeader } from '../../components/PaneHeader';
import './worksheets.css';

/** Where a worksheet is started: each kind, what it is for, and the framework it comes from. */
export function Worksheets({
  onStart,
  onExercises,
  onClose,
}: {
  onStart: (kind: WorksheetKind) => void;
  onExercises: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="worksheets" aria-labelledby={headingId}>
      <PaneHeader
        id={headingId}
        icon={<ClipboardList size={20} aria-hidden />}
        title={t('worksheets.title')}
        closeLabel={t('worksheets.close')}
        onClose={onClose}
        actions={
          <button type="button" className="button" onClick={onExercises}>
            <Wind size={16} aria-hidden /> {t('exercises.open')}
          </button>
        }
      />
      <p>{t('worksheets.intro')}</p>
      <ul className="worksheet-choices" aria-label={t('worksheets.choose')}>
        {WORKSHEET_KINDS.map((kind) => {
          const name = t(`worksheets.names.${kind}`);
          return (
            <li key={kind} className="worksheet-choice">
              <div>
                <h3>{name}</h3>
                <p>{t(`worksheets.what.${kind}`)}</p>
                <p className="hint">
                  {t('worksheets.basedOn', { framework: t(`worksheets.frameworks.${kind}`) })}
                </p>
              </div>
              <button
                type="button"
                className="button primary"
                aria-label={t('worksheets.startLabel', { name })}
                onClick={() => onStart(kind)}
              >
                <Play size={16} aria-hidden /> {t('worksheets.start')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
