import { IMAGE_TYPES, MAX_ATTACHMENT_BYTES, type ImageType } from '../../../../shared/domain/attachment';

/** Why a file cannot become an attachment, or null when it can. The core checks the bytes again. */
export function imageProblem(file: { type: string; size: number }): 'type' | 'size' | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}

export function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** Bytes to base64 without building one huge argument list (images run to megabytes). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * The Markdown that shows an attachment: `![alt](attachment:<id>)`. The alt text is the file's
 * name without its extension, with the characters that would end the alt text taken out.
 */
export function attachmentMarkdown(name: string, id: string): string {
  const alt = name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[[\]\\\n\r]/g, ' ')
    .trim();
  return `![${alt}](attachment:${id})`;
}
