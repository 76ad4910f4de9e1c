import { X } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * The head of a pane beside the timeline: its title (an h2 with an icon, labelling the pane) and
 * the button that closes it, plus any other actions before it.
 */
export function PaneHeader({
  id,
  icon,
  title,
  closeLabel,
  onClose,
  actions,
}: {
  /** The h2's id, which the pane's section names itself by (aria-labelledby). */
  id: string;
  icon: ReactNode;
  title: string;
  closeLabel: string;
  onClose: () => void;
  actions?: ReactNode;
}) {
  const close = (
    <button type="button" className="button" onClick={onClose}>
      <X size={16} aria-hidden /> {closeLabel}
    </button>
  );
  return (
    <div className="entry-head">
      <h2 id={id}>
        {icon} {title}
      </h2>
      {actions ? (
        <div className="button-row tight-row">
          {actions}
          {close}
        </div>
      ) : (
        close
      )}
    </div>
  );
}
