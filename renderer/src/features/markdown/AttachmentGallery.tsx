import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../../shared/domain/attachment';
import { attachmentIdsIn } from '../../../../shared/markdown/references';
import { call } from '../../lib/api';
import { AttachmentImage } from './AttachmentImage';

/**
 * The entry's images its text does not show (photos brought in by an import, say), after the
 * text, so none is hidden. Shows nothing while loading or when there are none.
 */
export function AttachmentGallery({ entryId, body }: { entryId: string; body: string }) {
  const { t } = useTranslation();
  const [attachments, setAttachments] = useState<AttachmentMeta[]>([]);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    call('attachments:list', { entryId }).then(
      (result) => {
        if (current) setAttachments(result.attachments);
      },
      () => {
        if (current) setAttachments([]); // the text still reads; a list that fails shows no gallery
      },
    );
    return () => {
      current = false;
    };
  }, [entryId]);

  const shown = new Set(attachmentIdsIn(body));
  const rest = attachments.filter((attachment) => !shown.has(attachment.id));
  if (rest.length === 0) return null;
  return (
    <section className="md-gallery" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('markdown.gallery')}</h3>
      <ul>
        {rest.map((attachment, index) => (
          <li key={attachment.id}>
            <AttachmentImage
              id={attachment.id}
              alt={t('markdown.galleryAlt', { n: index + 1, count: rest.length })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
