import { EyeOff, Lightbulb, Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/domain/entry';
import { useDateFormat } from './useDateFormat';
import { FeelingTags } from '../emotions/FeelingTags';
import { WorksheetView } from '../worksheets/WorksheetView';
import { usePromptOrigin } from '../prompts/promptOrigin';
import { MarkdownView } from '../markdown/MarkdownView';
import { AttachmentGallery } from '../markdown/AttachmentGallery';
import { TagChips } from '../tags/TagChips';
import { PinButton } from '../lifecycle/PinButton';
import { EntryDateEditor } from '../lifecycle/EntryDateEditor';

interface Props {
  entry: Entry;
  onEdit: () => void;
  onDelete: () => void;
  /** The entry was pinned, unpinned or moved to another date (with what to announce). */
  onChanged: (entry: Entry, message: string) => void;
  onError: (error: unknown) => void;
}

export function EntryView({ entry, onEdit, onDelete, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const origin = usePromptOrigin(entry.prompt, 'written');
  useEffect(() => heading.current?.focus(), [entry.id]);
  return (
    <article className="entry-view" aria-labelledby="entry-view-title">
      <div className="entry-head">
        <h2 id="entry-view-title" ref={heading} tabIndex={-1}>
          {entry.title ||
            (entry.worksheet ? t(`worksheets.names.${entry.worksheet.kind}`) : t('journal.untitled'))}
        </h2>
        <div className="entry-actions">
          <PinButton entry={entry} onChanged={onChanged} onError={onError} />
          <button type="button" className="button" onClick={onEdit}>
            <Pencil size={16} aria-hidden /> {t('entry.edit')}
          </button>
          <button type="button" className="button" onClick={onDelete}>
            <Trash2 size={16} aria-hidden /> {t('entry.delete')}
          </button>
        </div>
      </div>
      <div className="entry-meta-row">
        <p className="entry-meta">
          {t('journal.written', { date: formatDate(entry.createdAt) })}
          {entry.updatedAt !== entry.createdAt
            ? ` · ${t('journal.edited', { date: formatDate(entry.updatedAt) })}`
            : ''}
        </p>
        <EntryDateEditor key={entry.id} entry={entry} onSaved={onChanged} onError={onError} />
      </div>
      {origin ? (
        <p className="hint prompt-origin">
          <Lightbulb size={14} aria-hidden /> {origin}
        </p>
      ) : null}
      {entry.notForSharing ? (
        <p className="hint">
          <EyeOff size={14} aria-hidden /> {t('entry.notForSharing')}
        </p>
      ) : null}
      <FeelingTags feelings={entry.emotions} />
      <TagChips ids={entry.tags} />
      {entry.worksheet ? (
        <WorksheetView worksheet={entry.worksheet} />
      ) : (
        <MarkdownView text={entry.body} className="entry-text" />
      )}
      <AttachmentGallery entryId={entry.id} body={entry.body} />
    </article>
  );
}
