/**
 * Strings of the timeline's tools (jump to a date, the search palette, the month calendar),
 * mounted under the i18n key `timeline`. French mirrors the English tree exactly and follows
 * French typography: a no-break space (\u00a0) before ; : ! ? and inside « », ’ for apostrophes.
 * Tone: what was written, never a score; no streaks, nothing to keep up.
 */
import type { Translation } from '../../i18n/translation';

export const timelineEn = {
  views: {
    label: 'Show entries as',
    list: 'List',
    calendar: 'Calendar',
  },
  jump: {
    label: 'Go to date',
    go: 'Go',
    none: 'No entry on or before {{date}}.',
    loading: 'Finding that day…',
  },
  list: {
    loading: 'Loading older entries…',
  },
  palette: {
    open: 'Search…',
    openHint: 'Search your journal ({{modifier}}+K)',
    title: 'Search your journal',
    placeholder: 'Words from an entry',
    help: 'Up and down arrows move through the results, Enter opens one, Escape closes.',
    empty: 'Type a few words to find an entry.',
    none: 'Nothing found for “{{query}}”.',
    results_one: '{{count}} entry found',
    results_other: '{{count}} entries found',
    tag: 'Tag',
    anyTag: 'Any tag',
    feeling: 'Feeling',
    anyFeeling: 'Any feeling',
    period: 'When',
    periods: {
      any: 'Any time',
      week: 'The past 7 days',
      month: 'The past 30 days',
      year: 'The past 12 months',
    },
    close: 'Close',
  },
  calendar: {
    title: 'Calendar',
    previous: 'Previous month',
    next: 'Next month',
    help: 'Arrow keys move between days, Page Up and Page Down change the month, Enter shows the entries of a day.',
    loading: 'Reading this month’s entries…',
    dayEmpty: '{{date}}: no entry',
    day_one: '{{date}}: {{count}} entry, {{mood}}',
    day_other: '{{date}}: {{count}} entries, {{mood}}',
    noFeeling: 'no feeling named',
    wrote_one: 'You wrote on {{count}} day this month.',
    wrote_other: 'You wrote on {{count}} days this month.',
    wroteNone: 'Nothing written this month. The page is here whenever you want it.',
    dayHeading: 'Entries of {{date}}',
    dayNone: 'No entry on this day.',
    legend: 'What the colours of the dots mean',
  },
};

/** The shape both languages share. */
export type TimelineStrings = Translation<typeof timelineEn>;

export const timelineFr: TimelineStrings = {
  views: {
    label: 'Afficher les entrées',
    list: 'Liste',
    calendar: 'Calendrier',
  },
  jump: {
    label: 'Aller à la date',
    go: 'Aller',
    none: 'Aucune entrée le {{date}} ou avant.',
    loading: 'Recherche de ce jour…',
  },
  list: {
    loading: 'Chargement des entrées plus anciennes…',
  },
  palette: {
    open: 'Rechercher…',
    openHint: 'Rechercher dans votre journal ({{modifier}}+K)',
    title: 'Rechercher dans votre journal',
    placeholder: 'Des mots d’une entrée',
    help: 'Les flèches haut et bas parcourent les résultats, Entrée en ouvre un, Échap ferme.',
    empty: 'Tapez quelques mots pour retrouver une entrée.',
    none: 'Rien trouvé pour «\u00a0{{query}}\u00a0».',
    results_one: '{{count}} entrée trouvée',
    results_other: '{{count}} entrées trouvées',
    tag: 'Étiquette',
    anyTag: 'Toutes les étiquettes',
    feeling: 'Ressenti',
    anyFeeling: 'Tous les ressentis',
    period: 'Quand',
    periods: {
      any: 'N’importe quand',
      week: 'Les 7 derniers jours',
      month: 'Les 30 derniers jours',
      year: 'Les 12 derniers mois',
    },
    close: 'Fermer',
  },
  calendar: {
    title: 'Calendrier',
    previous: 'Mois précédent',
    next: 'Mois suivant',
    help: 'Les flèches passent d’un jour à l’autre, Page précédente et Page suivante changent de mois, Entrée montre les entrées du jour.',
    loading: 'Lecture des entrées de ce mois…',
    dayEmpty: '{{date}}\u00a0: aucune entrée',
    day_one: '{{date}}\u00a0: {{count}} entrée, {{mood}}',
    day_other: '{{date}}\u00a0: {{count}} entrées, {{mood}}',
    noFeeling: 'aucun ressenti nommé',
    wrote_one: 'Vous avez écrit {{count}} jour ce mois-ci.',
    wrote_other: 'Vous avez écrit {{count}} jours ce mois-ci.',
    wroteNone: 'Rien d’écrit ce mois-ci. La page est là quand vous le souhaitez.',
    dayHeading: 'Entrées du {{date}}',
    dayNone: 'Aucune entrée ce jour-là.',
    legend: 'Ce que disent les couleurs des points',
  },
};
