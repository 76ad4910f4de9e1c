/**
 * Strings of the appearance settings, mounted under the i18n key `appearance`. French mirrors
 * the English tree exactly and follows French typography (\u00a0 before ; : ! ? and inside « »,
 * ’ for apostrophes).
 */
import type { Translation } from '../../i18n/translation';

export const appearanceEn = {
  title: 'Text size',
  help: 'Makes all the text of the app smaller or larger, the locked screen included.',
  sizes: {
    small: 'Small',
    default: 'Default',
    large: 'Large',
    larger: 'Larger',
  },
  saved: 'Text size changed.',
};

export const appearanceFr: Translation<typeof appearanceEn> = {
  title: 'Taille du texte',
  help: 'Agrandit ou réduit tout le texte de l’application, écran verrouillé compris.',
  sizes: {
    small: 'Petite',
    default: 'Normale',
    large: 'Grande',
    larger: 'Très grande',
  },
  saved: 'Taille du texte modifiée.',
};
