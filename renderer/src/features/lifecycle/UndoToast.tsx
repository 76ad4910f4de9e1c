import { Undo2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModifier, MODIFIER_LABEL } from '../../lib/shortcuts';
import './lifecycle.css';

/** How long a deleted entry can be brought back before it is purged for real. */
export const UNDO_MS = 10_000;

interface Props {
  /** The deleted entry; a new id starts a new countdown. */
  entryId: string;
  onUndo: () => void;
  /** The undo expired: the caller purges the entry. */
  onExpire: () => void;
}

/** Whether a key press belongs to a text field's own undo (which must keep working there). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The editor (contenteditable) too, once it holds words: an empty one has nothing to undo.
  if (target.isContentEditable) return (target.textContent ?? '').trim() !== '';
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value !== '';
}

/**
 * "Entry deleted. Undo", for UNDO_MS. Announced politely (role="status"); Ctrl/⌘+Z undoes while
 * it is shown, except inside a text field that has its own undo.
 */
export function UndoToast({ entryId, onUndo, onExpire }: Props) {
  const { t } = useTranslation();
  // The latest callbacks, without restarting the countdown when the parent renders again.
  const handlers = useRef({ onUndo, onExpire });
  useEffect(() => {
    handlers.current = { onUndo, onExpire };
  });

  useEffect(() => {
    const timer = window.setTimeout(() => handlers.current.onExpire(), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [entryId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!hasModifier(event) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      if (inTextField(event.target)) return;
      event.preventDefault();
      handlers.current.onUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="undo-toast" role="status">
      <span>{t('lifecycle.undo.deleted')}</span>
      <button
        type="button"
        className="button"
        onClick={onUndo}
        title={t('lifecycle.undo.hint', { modifier: MODIFIER_LABEL })}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <Undo2 size={16} aria-hidden /> {t('lifecycle.undo.undo')}
      </button>
    </div>
  );
}
