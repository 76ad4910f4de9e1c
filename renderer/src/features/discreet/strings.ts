/**
 * Strings of discreet mode, mounted under the i18n key `discreet`. French mirrors the English
 * tree exactly and follows French typography (\u00a0 before ; : ! ? and inside « », ’ for
 * apostrophes). The neutral words say nothing about what the app is for.
 */
import type { Translation } from '../../i18n/translation';

export const discreetEn = {
  /** The same word as the Electron window's title in discreet mode (electron/main/policy.ts). */
  windowTitle: 'Notes',
  name: 'Notes',
  loading: 'Opening…',
  help: 'Help',
  unlockLede: 'Your notes are locked.',
  settings: {
    title: 'Discreet mode',
    help: 'For times when someone else might look at this computer or your screen.',
    toggle: 'Discreet mode',
    does: 'When it is on:',
    renamed: 'The window is called “Notes”, in its title bar, the taskbar and the window switcher.',
    locked:
      'The locked screen shows no app name, and the help button just says “Help”. Help stays one click away.',
    capture:
      'On Windows and macOS, the window’s content is kept out of screenshots, recordings and screen sharing, and out of some window previews. On Linux, this part has no effect.',
    doesNot: 'What it does not do:',
    installed:
      'It does not hide that the app is installed: its name and icon stay in the system’s menus and app list, and the journal file stays on the disk.',
    stored:
      'It is remembered outside the journal, so that it applies before unlocking: someone who reads the app’s settings file could see that it is on.',
    notifications: 'Alcove never shows notifications, with or without this mode.',
    shortcut:
      '{{modifier}}+Shift+H locks the journal and hides the window at once, whether this mode is on or not. Open the app again to bring it back.',
    on: 'Discreet mode is on.',
    off: 'Discreet mode is off.',
  },
};

export const discreetFr: Translation<typeof discreetEn> = {
  windowTitle: 'Notes',
  name: 'Notes',
  loading: 'Ouverture…',
  help: 'Aide',
  unlockLede: 'Vos notes sont verrouillées.',
  settings: {
    title: 'Mode discret',
    help: 'Pour les moments où quelqu’un d’autre pourrait regarder cet ordinateur ou votre écran.',
    toggle: 'Mode discret',
    does: 'Quand il est activé\u00a0:',
    renamed:
      'La fenêtre s’appelle «\u00a0Notes\u00a0», dans sa barre de titre, la barre des tâches et le sélecteur de fenêtres.',
    locked:
      'L’écran verrouillé n’affiche pas le nom de l’application, et le bouton d’aide indique simplement «\u00a0Aide\u00a0». L’aide reste à un clic.',
    capture:
      'Sous Windows et macOS, le contenu de la fenêtre n’apparaît ni dans les captures d’écran, ni dans les enregistrements ou les partages d’écran, ni dans certains aperçus de fenêtres. Sous Linux, cette partie est sans effet.',
    doesNot: 'Ce qu’il ne fait pas\u00a0:',
    installed:
      'Il ne cache pas que l’application est installée\u00a0: son nom et son icône restent dans les menus et la liste des applications du système, et le fichier du journal reste sur le disque.',
    stored:
      'Il est enregistré hors du journal, pour s’appliquer avant le déverrouillage\u00a0: une personne qui lit le fichier de réglages de l’application pourrait voir qu’il est activé.',
    notifications: 'Alcove n’affiche jamais de notification, avec ou sans ce mode.',
    shortcut:
      '{{modifier}}+Maj+H verrouille le journal et masque la fenêtre d’un coup, que ce mode soit activé ou non. Rouvrez l’application pour la faire réapparaître.',
    on: 'Mode discret activé.',
    off: 'Mode discret désactivé.',
  },
};
