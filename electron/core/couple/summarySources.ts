import { DESIRE_LIST } from '../../../shared/content/couple/desireList';
import { COUPLE_SUMMARY_WORDS } from '../../../shared/content/couple/export';
import { SENSATE_PROGRAMME, SENSATE_STAGE_IDS } from '../../../shared/content/couple/sensate';
import { TALK_EXERCISES } from '../../../shared/content/couple/talk';
import type { ContentLang } from '../../../shared/content/emotions';
import type { DocumentStore } from '../settings/documentStore';
import { CoupleSpaceStore } from './coupleSpaceStore';
import type { SummaryPart } from './coupleSummary';
import { SensateStore } from './sensateStore';
import { TalkStore } from './talkStore';

/**
 * Where a couple summary's sections come from. A source gives only what both partners already
 * see together (a revealed round, a shared debrief), opened with the couple key; never a private
 * answer, never a partner's key. To add an exercise to the summary: write its source and add
 * one line to `coupleSummarySources` below.
 */
export interface CoupleSummarySource {
  /** Stable id, also the section's id in a draft ("desire-list", "sensate", "talk"…). */
  readonly id: string;
  readonly title: Readonly<Record<ContentLang, string>>;
  /**
   * The shared parts, opened with the couple key (unlocked by one partner's secret for this call
   * only, and wiped after); [] when nothing is shared yet, and the section is then left out.
   */
  sharedParts(
    couple: { readonly key: Uint8Array; readonly spaceId: string },
    lang: ContentLang,
  ): SummaryPart[];
}

/** The revealed overlaps of the yes / no / maybe list, grouped as both partners saw them. */
export function desireListSource(space: CoupleSpaceStore): CoupleSummarySource {
  return {
    id: 'desire-list',
    title: { en: COUPLE_SUMMARY_WORDS.en.desire.title, fr: COUPLE_SUMMARY_WORDS.fr.desire.title },
    sharedParts(couple, lang) {
      const overlaps = space.revealedOverlaps(couple.key);
      if (overlaps === null) return [];
      const words = COUPLE_SUMMARY_WORDS[lang].desire;
      const found = new Map(overlaps.map((o) => [o.itemId, o]));
      const items = DESIRE_LIST.items.filter((item) => found.has(item.id));
      const bothYes = items.filter(
        (item) => found.get(item.id)!.a === 'yes' && found.get(item.id)!.b === 'yes',
      );
      const yesMaybe = items.filter((item) => !bothYes.includes(item));
      const framework = `${COUPLE_SUMMARY_WORDS[lang].framework}${lang === 'fr' ? '\u00a0: ' : ': '}${DESIRE_LIST.framework[lang]}`;
      if (items.length === 0) return [{ text: framework }, { text: words.none }];
      return [
        { text: framework },
        { heading: words.bothYes, items: bothYes.map((item) => item[lang]), empty: '—' },
        { heading: words.yesMaybe, items: yesMaybe.map((item) => item[lang]), empty: '—' },
        { text: words.meaning },
      ];
    },
  };
}

/**
 * The sensate focus sessions' shared parts: the limits both wrote before, and the debrief both
 * wrote after. Ratings and private notes are sealed under each partner's own key and are never
 * read here (this source holds only the couple key).
 */
export function sensateSource(sensate: SensateStore): CoupleSummarySource {
  return {
    id: 'sensate',
    title: { en: COUPLE_SUMMARY_WORDS.en.sensate.title, fr: COUPLE_SUMMARY_WORDS.fr.sensate.title },
    sharedParts(couple, lang) {
      // Sessions finished or stopped; one still under way has nothing to tell yet.
      const sessions = sensate
        .sharedWithKey(couple.key, couple.spaceId)
        .filter((session) => session.state !== 'open');
      if (sessions.length === 0) return [];
      const words = COUPLE_SUMMARY_WORDS[lang];
      const day = new Intl.DateTimeFormat(words.locale, { day: 'numeric', month: 'long', year: 'numeric' });
      const colon = lang === 'fr' ? '\u00a0: ' : ': ';
      const parts: SummaryPart[] = [
        { text: `${words.framework}${colon}${SENSATE_PROGRAMME[lang].framework}` },
      ];
      for (const session of sessions) {
        const stageId = SENSATE_STAGE_IDS[session.stage]!;
        const items = [`${words.sensate.limits}${colon}${session.limits}`];
        if (session.debrief) {
          items.push(
            `${words.sensate.good}${colon}${session.debrief.good}`,
            `${words.sensate.keep}${colon}${session.debrief.keep}`,
            `${words.sensate.change}${colon}${session.debrief.change}`,
          );
        }
        if (session.state === 'stopped') items.push(words.sensate.stopped);
        parts.push({
          heading: words.sensate.session(
            day.format(new Date(session.startedAt)),
            session.stage + 1,
            SENSATE_PROGRAMME[lang].stages[stageId].title,
          ),
          items,
        });
      }
      parts.push({ text: words.sensate.meaning });
      return parts;
    },
  };
}

/**
 * The conversation exercises' revealed rounds: both partners' answers as they read them side by
 * side, named by the names they chose. A round still open (answered by one, or not yet revealed)
 * is never opened here: its answers are sealed under each partner's own key, which this source
 * does not hold.
 */
export function talkSource(talk: TalkStore, space: CoupleSpaceStore): CoupleSummarySource {
  return {
    id: 'talk',
    title: { en: COUPLE_SUMMARY_WORDS.en.talk.title, fr: COUPLE_SUMMARY_WORDS.fr.talk.title },
    sharedParts(couple, lang) {
      const rounds = talk.revealedWithKey(couple.key, couple.spaceId);
      const profiles = space.profiles();
      if (rounds.length === 0 || !profiles) return [];
      const words = COUPLE_SUMMARY_WORDS[lang];
      const day = new Intl.DateTimeFormat(words.locale, { day: 'numeric', month: 'long', year: 'numeric' });
      const colon = lang === 'fr' ? '\u00a0: ' : ': ';
      const parts: SummaryPart[] = [];
      for (const exercise of TALK_EXERCISES) {
        const ofExercise = rounds.filter((round) => round.exercise === exercise.id);
        if (ofExercise.length === 0) continue;
        parts.push({ text: `${words.framework}${colon}${exercise.framework[lang]}` });
        for (const round of ofExercise) {
          const question = exercise.questions.find((q) => q.id === round.questionId);
          const items = question ? [`${words.talk.question}${colon}${question[lang]}`] : [];
          for (const partner of PARTNERS) {
            for (const field of exercise.fields) {
              const value = round.answers[partner][field.id];
              if (value === undefined) continue;
              const shown = typeof value === 'number' ? words.talk.outOfTen(value) : value;
              items.push(words.talk.answer(profiles[partner].name, field.label[lang], shown));
            }
          }
          parts.push({
            heading: words.talk.round(exercise.title[lang], day.format(new Date(round.revealedAt))),
            items,
          });
        }
      }
      parts.push({ text: words.talk.meaning });
      return parts;
    },
  };
}

const PARTNERS = ['a', 'b'] as const;

/** Every source, in the order the summary lists them. Add one line per exercise. */
export function coupleSummarySources(documents: DocumentStore): CoupleSummarySource[] {
  const space = new CoupleSpaceStore(documents);
  return [
    desireListSource(space),
    sensateSource(new SensateStore(documents, space)),
    talkSource(new TalkStore(documents, space), space),
  ];
}
