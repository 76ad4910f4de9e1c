import { FileInput } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind, type ImportReport } from '../../../../shared/exchange/importRequest';
import { FeedbackLine, Section, type Feedback } from '../../components/SettingsSection';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import './exchange.css';

/** Importing from another journal, in the settings screen: what it is, then the native picker. */
export function ImportSection({ onImported }: { onImported?: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('alcove');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<
    { kind: 'done'; fileName: string; report: ImportReport } | Exclude<Feedback, null> | null
  >(null);
  const id = useId();

  async function run() {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await call('import:run', { kind });
      if (result.status === 'cancelled') setOutcome({ kind: 'ok', text: t('exchange.import.cancelled') });
      else {
        setOutcome({ kind: 'done', fileName: result.fileName, report: result.report });
        onImported?.();
      }
    } catch (e) {
      setOutcome({ kind: 'error', text: `${describeError(t, e)} ${t('exchange.import.nothingChanged')}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section
      icon={<FileInput size={18} aria-hidden />}
      title={t('exchange.import.title')}
      help={t('exchange.import.help')}
    >
      <div className="field">
        <label htmlFor={id}>{t('exchange.import.kind')}</label>
        <select id={id} value={kind} onChange={(e) => setKind(e.target.value as ImportKind)}>
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`exchange.import.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void run()}>
        {busy ? t('exchange.import.busy') : t('exchange.import.choose')}
      </button>
      {outcome?.kind === 'done' ? (
        <div className="message info import-report" role="status">
          <p className="tight">
            {t('exchange.import.done', {
              fileName: outcome.fileName,
              imported: outcome.report.imported,
              duplicates: outcome.report.duplicates,
            })}
            {outcome.report.images > 0
              ? ` ${t('exchange.import.images', { count: outcome.report.images })}`
              : ''}
          </p>
          {outcome.report.skipped.length > 0 ? (
            <>
              <p className="tight">{t('exchange.import.skippedHeading')}</p>
              <ul>
                {outcome.report.skipped.slice(0, 50).map((s, i) => (
                  <li key={i}>
                    {t(s.count ? 'exchange.import.skippedCount' : 'exchange.import.skippedLine', {
                      where: s.where,
                      reason: t(`exchange.import.skipped.${s.reason}`),
                      count: s.count,
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : (
        <FeedbackLine feedback={outcome} />
      )}
    </Section>
  );
}
