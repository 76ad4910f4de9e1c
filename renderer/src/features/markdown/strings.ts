/**
 * Strings of the Markdown reading view, mounted under the i18n key `markdown`. French mirrors the
 * English tree exactly and follows French typography (\u00a0 before ; : ! ? and inside « »,
 * ’ for apostrophes).
 */
import type { Translation } from '../../i18n/translation';

export const markdownEn = {
  imageNotLoaded: 'Image not loaded: {{url}}',
  imageLoading: 'Opening the image…',
  imageMissing: 'This image is no longer in the journal.',
  imageUnreadable: 'This image could not be opened.',
  taskDone: 'Done',
  taskOpen: 'Not done',
  gallery: 'Images attached to this entry',
  galleryAlt: 'Attached image {{n}} of {{count}}',
};

export const markdownFr: Translation<typeof markdownEn> = {
  imageNotLoaded: 'Image non chargée\u00a0: {{url}}',
  imageLoading: 'Ouverture de l’image…',
  imageMissing: 'Cette image n’est plus dans le journal.',
  imageUnreadable: 'Cette image n’a pas pu être ouverte.',
  taskDone: 'Fait',
  taskOpen: 'Pas encore fait',
  gallery: 'Images jointes à cette entrée',
  galleryAlt: 'Image jointe {{n}} sur {{count}}',
};
