/**
 * Strings of the weekly reflection and the month calendar, to be mounted under the i18n key
 * `reflection` (t('reflection.week.title')). French mirrors the English tree exactly (the type
 * below refuses a missing or extra key) and follows French typography: a no-break space (\u00a0)
 * before ; : ! ? and inside « », and ’ for apostrophes. Tone: a description of what the person
 * recorded, in their words; never an assessment, a prediction or a diagnosis.
 */
import type { Translation } from '../../i18n/translation';

export const insightsMoreEn = {
  week: {
    title: 'This week, in your own words',
    titleOther: 'The week of {{date}}, in your own words',
    previous: 'Previous week',
    next: 'Next week',
    loading: 'Reading the moments of this week…',
    counts: 'Moments recorded: {{n}} (the week before: {{previous}}).',
    tooLittle:
      'Too few moments to describe this week. A few facts appear here from {{min}} moments in a week.',
    named_one: 'You named “{{label}}” once.',
    named_other: 'You named “{{label}}” {{count}} times.',
    namedAllWith_one: 'You named “{{label}}” once, with “{{tag}}”.',
    namedAllWith_other: 'You named “{{label}}” {{count}} times, each time with “{{tag}}”.',
    namedSomeWith_one: 'You named “{{label}}” {{total}} times, once with “{{tag}}”.',
    namedSomeWith_other: 'You named “{{label}}” {{total}} times, {{count}} of them with “{{tag}}”.',
    quadrant_one: 'The one moment placed on the map sat in “{{quadrant}}”.',
    quadrant_other:
      'Most often, moments sat in “{{quadrant}}”: {{top}} of the {{count}} placed on the map ({{share}}).',
    quadrantTie:
      'The moments placed on the map were shared evenly between {{quadrants}}: {{top}} of {{count}} in each.',
    unpleasantDay: 'Unpleasant moments: {{total}}. The day with the most was {{day}}, with {{count}}.',
    unpleasantDays:
      'Unpleasant moments: {{total}}. The days with the most were {{days}}, with {{count}} each.',
    newLabels_one: 'A word you had not named the week before: {{labels}}.',
    newLabels_other: 'Words you had not named the week before: {{labels}}.',
    quoted: '“{{text}}”',
    honesty:
      'This describes what you recorded, nothing more. It is not an assessment of you or of your week.',
  },
  calendar: {
    title: 'Day by day',
    help: 'A moment is a check-in, or an entry where you named a feeling. Each day takes the colour of the mean pleasantness of that day’s moments.',
    previous: 'Previous month',
    next: 'Next month',
    loading: 'Reading the moments of this month…',
    dayEmpty: '{{date}}: no moment',
    day_one: '{{date}}: {{count}} moment, {{mood}}',
    day_other: '{{date}}: {{count}} moments, {{mood}}',
    mood: {
      mostlyUnpleasant: 'mostly unpleasant',
      somewhatUnpleasant: 'somewhat unpleasant',
      between: 'in between',
      somewhatPleasant: 'somewhat pleasant',
      mostlyPleasant: 'mostly pleasant',
      unplaced: 'not placed on the map',
    },
    legend: 'Colour of a day',
    legendEmpty: 'no moment',
    summaryEmpty: 'No moment recorded in {{month}}.',
    summary_one: '{{month}}: {{count}} moment, on {{days}}.',
    summary_other: '{{month}}: {{count}} moments, on {{days}}.',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    lean: 'Days leaning pleasant: {{pleasant}}; in between: {{between}}; leaning unpleasant: {{unpleasant}}.',
    unplacedDays_one: '{{count}} day with words only, not placed on the map.',
    unplacedDays_other: '{{count}} days with words only, not placed on the map.',
  },
};

/** The shape both languages share. */
export type InsightsMoreStrings = Translation<typeof insightsMoreEn>;

export const insightsMoreFr: InsightsMoreStrings = {
  week: {
    title: 'Cette semaine, avec vos mots',
    titleOther: 'La semaine du {{date}}, avec vos mots',
    previous: 'Semaine précédente',
    next: 'Semaine suivante',
    loading: 'Lecture des moments de cette semaine…',
    counts: 'Moments notés\u00a0: {{n}} (la semaine d’avant\u00a0: {{previous}}).',
    tooLittle:
      'Trop peu de moments pour décrire cette semaine. Quelques constats apparaissent ici à partir de {{min}} moments dans une semaine.',
    named_one: 'Vous avez nommé «\u00a0{{label}}\u00a0» une fois.',
    named_other: 'Vous avez nommé «\u00a0{{label}}\u00a0» {{count}} fois.',
    namedAllWith_one: 'Vous avez nommé «\u00a0{{label}}\u00a0» une fois, avec «\u00a0{{tag}}\u00a0».',
    namedAllWith_other:
      'Vous avez nommé «\u00a0{{label}}\u00a0» {{count}} fois, chaque fois avec «\u00a0{{tag}}\u00a0».',
    namedSomeWith_one:
      'Vous avez nommé «\u00a0{{label}}\u00a0» {{total}} fois, dont une avec «\u00a0{{tag}}\u00a0».',
    namedSomeWith_other:
      'Vous avez nommé «\u00a0{{label}}\u00a0» {{total}} fois, dont {{count}} avec «\u00a0{{tag}}\u00a0».',
    quadrant_one: 'Le seul moment placé sur la carte se situait dans «\u00a0{{quadrant}}\u00a0».',
    quadrant_other:
      'Le plus souvent, les moments se situaient dans «\u00a0{{quadrant}}\u00a0»\u00a0: {{top}} sur les {{count}} placés sur la carte ({{share}}).',
    quadrantTie:
      'Les moments placés sur la carte se répartissaient à égalité entre {{quadrants}}\u00a0: {{top}} sur {{count}} dans chacun.',
    unpleasantDay:
      'Moments désagréables\u00a0: {{total}}. Le jour qui en a compté le plus est {{day}}, avec {{count}}.',
    unpleasantDays:
      'Moments désagréables\u00a0: {{total}}. Les jours qui en ont compté le plus sont {{days}}, avec {{count}} chacun.',
    newLabels_one: 'Un mot que vous n’aviez pas nommé la semaine d’avant\u00a0: {{labels}}.',
    newLabels_other: 'Des mots que vous n’aviez pas nommés la semaine d’avant\u00a0: {{labels}}.',
    quoted: '«\u00a0{{text}}\u00a0»',
    honesty:
      'C’est une description de ce que vous avez noté, rien de plus. Ce n’est pas une évaluation de vous ni de votre semaine.',
  },
  calendar: {
    title: 'Jour après jour',
    help: 'Un moment, c’est un ressenti noté, ou une entrée où vous avez nommé ce que vous ressentiez. Chaque jour prend la couleur de l’agrément moyen de ses moments.',
    previous: 'Mois précédent',
    next: 'Mois suivant',
    loading: 'Lecture des moments de ce mois…',
    dayEmpty: '{{date}}\u00a0: aucun moment',
    day_one: '{{date}}\u00a0: {{count}} moment, {{mood}}',
    day_other: '{{date}}\u00a0: {{count}} moments, {{mood}}',
    mood: {
      mostlyUnpleasant: 'surtout désagréable',
      somewhatUnpleasant: 'plutôt désagréable',
      between: 'entre les deux',
      somewhatPleasant: 'plutôt agréable',
      mostlyPleasant: 'surtout agréable',
      unplaced: 'sans place sur la carte',
    },
    legend: 'Couleur d’un jour',
    legendEmpty: 'aucun moment',
    summaryEmpty: 'Aucun moment noté en {{month}}.',
    summary_one: '{{month}}\u00a0: {{count}} moment, sur {{days}}.',
    summary_other: '{{month}}\u00a0: {{count}} moments, sur {{days}}.',
    days_one: '{{count}} jour',
    days_other: '{{count}} jours',
    lean: 'Jours plutôt agréables\u00a0: {{pleasant}}\u00a0; entre les deux\u00a0: {{between}}\u00a0; plutôt désagréables\u00a0: {{unpleasant}}.',
    unplacedDays_one: '{{count}} jour avec des mots seulement, sans place sur la carte.',
    unplacedDays_other: '{{count}} jours avec des mots seulement, sans place sur la carte.',
  },
};
