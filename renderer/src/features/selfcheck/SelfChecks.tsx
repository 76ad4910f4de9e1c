import { ClipboardList } from 'lucide-react';
import { useContext, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxScore, SCALE_IDS, SCALES, type ScaleId, type SelfCheck } from '../../../../shared/content/scales';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useDateFormat } from '../journal/useDateFormat';
import { SafetyContext } from '../safety/safetyAccess';
import { SelfCheckForm } from './SelfCheckForm';
import { PaneHeader } from '../../components/PaneHeader';

/**
 * Self-check-ins (WHO-5, PHQ-9, GAD-7): off until the user turns them on, here, after reading
 * what they are. Then: pick a questionnaire, answer, see the score with its published band, and
 * the history, to take to a therapist. PHQ-9 item 9 above 0 opens the help page.
 */
export function SelfChecks({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const openSafety = useContext(SafetyContext);
  const formatDate = useDateFormat();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [scale, setScale] = useState<ScaleId | null>(null);
  const [history, setHistory] = useState<SelfCheck[]>([]);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    call('settings:get', undefined)
      .then((s) => setEnabled(s.selfChecksEnabled))
      .catch((e: unknown) => setError(describeError(t, e)));
  }, [t]);
  useEffect(() => {
    if (!enabled) return;
    call('selfchecks:list', { limit: 50 })
      .then((page) => setHistory(page.selfChecks))
      .catch((e: unknown) => setError(describeError(t, e)));
  }, [enabled, t]);

  async function turn(on: boolean) {
    try {
      const settings = await call('settings:update', { selfChecksEnabled: on });
      setEnabled(settings.selfChecksEnabled);
      setScale(null);
    } catch (e) {
      setError(describeError(t, e));
    }
  }

  const bandLabel = (check: SelfCheck) =>
    SCALES[check.scale].bands.find((b) => b.id === check.band)?.label[lang] ?? check.band;

  return (
    <section className="selfchecks" aria-labelledby={headingId}>
      <PaneHeader
        id={headingId}
        icon={<ClipboardList size={20} aria-hidden />}
        title={t('selfchecks.title')}
        closeLabel={t('selfcheck.close')}
        onClose={onClose}
      />
      {/* The form repeats the framing itself. */}
      {scale ? null : <p>{t('selfcheck.intro')}</p>}
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {enabled === false ? (
        <>
          <p className="hint">{t('selfchecks.offExplained')}</p>
          <button type="button" className="button primary" onClick={() => void turn(true)}>
            {t('selfchecks.turnOn')}
          </button>
        </>
      ) : enabled ? (
        <>
          {scale ? (
            <SelfCheckForm
              scale={scale}
              onSubmit={async (answers) => {
                const saved = await call('selfchecks:add', { scale, answers });
                setHistory((current) => [saved, ...current]);
              }}
              onCancel={() => setScale(null)}
              onSafety={(reason) => openSafety(reason)}
            />
          ) : (
            <div role="group" aria-label={t('selfcheck.choose')} className="button-row">
              {SCALE_IDS.map((id) => (
                <button key={id} type="button" className="button" onClick={() => setScale(id)}>
                  {SCALES[id].name[lang]}
                </button>
              ))}
            </div>
          )}
          <h3>{t('selfchecks.history')}</h3>
          {history.length === 0 ? (
            <p className="hint">{t('selfchecks.none')}</p>
          ) : (
            <table className="context-table">
              <thead>
                <tr>
                  <th scope="col">{t('selfchecks.when')}</th>
                  <th scope="col">{t('selfchecks.questionnaire')}</th>
                  <th scope="col">{t('selfchecks.score')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((check) => (
                  <tr key={check.id}>
                    <th scope="row">{formatDate(check.at)}</th>
                    <td>{SCALES[check.scale].name[lang]}</td>
                    <td>
                      {t('selfcheck.result.score', {
                        score: check.score,
                        max: maxScore(check.scale),
                        band: bandLabel(check),
                        interpolation: { escapeValue: false },
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="switch-method">
            <button type="button" className="link-button" onClick={() => void turn(false)}>
              {t('selfchecks.turnOff')}
            </button>
          </p>
        </>
      ) : null}
    </section>
  );
}
