import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, CoreError } from '../../lib/api';

type State = { kind: 'loading' } | { kind: 'shown'; url: string } | { kind: 'missing' | 'unreadable' };
const LOADING: State = { kind: 'loading' };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * One image from the vault: decrypted by the core, handed over as bytes and shown through a
 * blob: URL that lives exactly as long as this element (the CSP allows blob: images, nothing
 * remote). Inline content only, so it can sit inside a paragraph.
 */
export function AttachmentImage({ id, alt }: { id: string; alt: string }) {
  const { t } = useTranslation();
  // Tagged with the id it is about, so a new id reads as loading without resetting state in the effect.
  const [settled, setSettled] = useState<{ id: string; state: State } | null>(null);
  const state = settled?.id === id ? settled.state : LOADING;

  useEffect(() => {
    let url: string | null = null;
    let current = true;
    call('attachments:get', { id }).then(
      ({ meta, dataBase64 }) => {
        if (!current) return;
        url = URL.createObjectURL(new Blob([bytesOf(dataBase64)], { type: meta.type }));
        setSettled({ id, state: { kind: 'shown', url } });
      },
      (e: unknown) => {
        if (current)
          setSettled({
            id,
            state: { kind: e instanceof CoreError && e.code === 'NOT_FOUND' ? 'missing' : 'unreadable' },
          });
      },
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);

  if (state.kind === 'shown') return <img className="md-image" src={state.url} alt={alt} />;
  const note =
    state.kind === 'loading'
      ? t('markdown.imageLoading')
      : state.kind === 'missing'
        ? t('markdown.imageMissing')
        : t('markdown.imageUnreadable');
  return <span className="md-image-note">{alt ? `${alt} — ${note}` : note}</span>;
}
