import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import type { SaveState } from './useAutosave';

/** "Saved at 14:32" / "Enregistré à 14 h 32": the time as people say it in each language. */
export function formatSavedTime(at: Date, language: string): string {
  if (language.startsWith('fr'))
    return `${at.getHours()}\u00a0h\u00a0${String(at.getMinutes()).padStart(2, '0')}`;
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/**
 * The autosave's state under the editor. Polite, and only the outcome is announced: "Saving…"
 * flickers for a few milliseconds and would only be noise for a screen reader.
 */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  if (state.kind === 'failed') {
    return (
      <span className="save-state failed" role="alert">
        {t('editor.autosave.failed', { reason: describeError(t, state.error) })}
        <button type="button" className="button" onClick={onRetry}>
          {t('editor.autosave.retry')}
        </button>
      </span>
    );
  }
  return (
    <span className="save-state" role="status" aria-live="polite">
      {state.kind === 'saving'
        ? t('editor.autosave.saving')
        : state.kind === 'saved'
          ? t('editor.autosave.savedAt', { time: formatSavedTime(state.at, i18n.language) })
          : ''}
    </span>
  );
}
