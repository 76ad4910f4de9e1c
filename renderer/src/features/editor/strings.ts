/**
 * Strings of the editor (toolbar, word count, focus mode, autosave, images), mounted under the
 * i18n key `editor`. French mirrors the English tree exactly and follows French typography
 * (\u00a0 before ; : ! ? and inside « », ’ for apostrophes).
 */
import type { Translation } from '../../i18n/translation';

export const editorEn = {
  toolbar: {
    label: 'Formatting',
    heading: 'Heading',
    bold: 'Bold',
    italic: 'Italic',
    bullets: 'Bulleted list',
    numbers: 'Numbered list',
    checklist: 'Checklist',
    quote: 'Quote',
    undo: 'Undo',
    redo: 'Redo',
    withShortcut: '{{label}} ({{shortcut}})',
  },
  words_one: '{{count}} word',
  words_other: '{{count}} words',
  focus: {
    enter: 'Focus mode',
    leave: 'Leave focus mode',
    hint: '{{modifier}}+Shift+F',
    on: 'Focus mode. Press Escape to leave it.',
    off: 'Focus mode left.',
  },
  autosave: {
    saving: 'Saving…',
    savedAt: 'Saved at {{time}}',
    failed: 'Not saved yet: {{reason}} Your text is still here.',
    retry: 'Try again',
  },
  images: {
    adding: 'Adding the image…',
    added: 'Image added.',
    wrongType: 'Only PNG, JPEG, GIF and WebP images can be added.',
    tooLarge: 'This image is larger than 15 MB.',
    needsText: 'Write a few words first, then add the image.',
    failed: 'The image could not be added: {{reason}}',
  },
};

export const editorFr: Translation<typeof editorEn> = {
  toolbar: {
    label: 'Mise en forme',
    heading: 'Intertitre',
    bold: 'Gras',
    italic: 'Italique',
    bullets: 'Liste à puces',
    numbers: 'Liste numérotée',
    checklist: 'Liste de cases à cocher',
    quote: 'Citation',
    undo: 'Annuler',
    redo: 'Rétablir',
    withShortcut: '{{label}} ({{shortcut}})',
  },
  words_one: '{{count}}\u00a0mot',
  words_other: '{{count}}\u00a0mots',
  focus: {
    enter: 'Mode concentration',
    leave: 'Quitter le mode concentration',
    hint: '{{modifier}}+Maj+F',
    on: 'Mode concentration. Appuyez sur Échap pour le quitter.',
    off: 'Mode concentration quitté.',
  },
  autosave: {
    saving: 'Enregistrement…',
    savedAt: 'Enregistré à {{time}}',
    failed: 'Pas encore enregistré\u00a0: {{reason}} Votre texte est toujours là.',
    retry: 'Réessayer',
  },
  images: {
    adding: 'Ajout de l’image…',
    added: 'Image ajoutée.',
    wrongType: 'Seules les images PNG, JPEG, GIF et WebP peuvent être ajoutées.',
    tooLarge: 'Cette image dépasse 15\u00a0Mo.',
    needsText: 'Écrivez d’abord quelques mots, puis ajoutez l’image.',
    failed: 'L’image n’a pas pu être ajoutée\u00a0: {{reason}}',
  },
};
