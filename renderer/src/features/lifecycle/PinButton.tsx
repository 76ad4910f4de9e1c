import { Pin, PinOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/domain/entry';
import { call } from '../../lib/api';

interface Props {
  entry: Entry;
  /** The entry as saved; the timeline's order changes with it. */
  onChanged: (entry: Entry, message: string) => void;
  onError: (error: unknown) => void;
}

/** Pins an entry to the top of the timeline, or unpins it (not an edit: its dates stay). */
export function PinButton({ entry, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    try {
      const saved = await call('entries:setPinned', { id: entry.id, pinned: !entry.pinned });
      onChanged(saved, t(saved.pinned ? 'lifecycle.pinnedNow' : 'lifecycle.unpinnedNow'));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button
      type="button"
      className="button"
      onClick={() => void toggle()}
      disabled={busy}
      aria-pressed={entry.pinned}
      title={entry.pinned ? undefined : t('lifecycle.pinHint')}
    >
      {entry.pinned ? <PinOff size={16} aria-hidden /> : <Pin size={16} aria-hidden />}{' '}
      {t(entry.pinned ? 'lifecycle.unpin' : 'lifecycle.pin')}
    </button>
  );
}
