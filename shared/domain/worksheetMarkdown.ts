import { emotionName, type ContentLang } from '../content/emotions';
import { lifeAreaName, thinkingTrapName } from '../content/worksheetLists';
import type {
  BehaviouralActivation,
  SelfCompassionBreak,
  ThoughtRecord,
  ThreeGoodThings,
  ValuesCheck,
  Worksheet,
  WorksheetEmotion,
} from './worksheet';
import { fill, WORKSHEET_TEXT } from './worksheetText';

/**
 * The readable Markdown of a worksheet: what becomes the entry's body, so search, the timeline's
 * excerpt and every export (Markdown, PDF, JSON) read a worksheet like any other entry. Pure and
 * deterministic: the same worksheet always gives the same text. Parts left blank are left out.
 * Only "###" headings and "- " lists: the PDF export sets headings in bold and shows everything
 * else as written, so emphasis marks would print as stray asterisks.
 */
export function worksheetToMarkdown(ws: Worksheet, lang: ContentLang = ws.lang): string {
  const r = new Renderer(lang);
  r.line(`${WORKSHEET_TEXT[lang].names[ws.kind]} · ${WORKSHEET_TEXT[lang].frameworks[ws.kind]}`);
  switch (ws.kind) {
    case 'thought-record':
      thoughtRecord(r, ws);
      break;
    case 'behavioural-activation':
      behaviouralActivation(r, ws);
      break;
    case 'self-compassion-break':
      selfCompassionBreak(r, ws);
      break;
    case 'three-good-things':
      threeGoodThings(r, ws);
      break;
    case 'values-check':
      valuesCheck(r, ws);
      break;
  }
  return r.text();
}

/** The name of a worksheet feeling: the catalogue's word in `lang`, or the person's own. */
export function worksheetEmotionName(emotion: WorksheetEmotion, lang: ContentLang): string {
  return 'id' in emotion ? (emotionName(emotion.id, lang) ?? emotion.id) : emotion.text;
}

/**
 * What the timeline shows under a worksheet's title: the person's own words (the situation, the
 * activity, the good things, the value), without the form's labels.
 */
export function worksheetExcerpt(ws: Worksheet): string {
  const words = ((): string[] => {
    switch (ws.kind) {
      case 'thought-record':
        return [ws.situation, ...ws.thoughts.filter((th) => th.hot).map((th) => th.text), ws.balancedThought];
      case 'behavioural-activation':
        return [ws.activity, ws.note];
      case 'self-compassion-break':
        return [ws.situation, ws.whatIsHard, ws.kindWords];
      case 'three-good-things':
        return ws.items.map((item) => item.what);
      case 'values-check':
        return [ws.value, ws.nextStep];
    }
  })();
  return words.map(oneLine).filter(Boolean).join(' · ');
}

class Renderer {
  readonly #blocks: string[] = [];
  readonly lang: ContentLang;
  readonly t: (typeof WORKSHEET_TEXT)['en'];

  constructor(lang: ContentLang) {
    this.lang = lang;
    this.t = WORKSHEET_TEXT[lang];
  }

  line(text: string): void {
    this.#blocks.push(text);
  }

  /** A titled paragraph, left out when the person wrote nothing. */
  section(label: string, text: string): void {
    const body = text.trim();
    if (body) this.#blocks.push(`### ${label}\n\n${body}`);
  }

  /** A titled list, left out when it is empty. */
  list(label: string, items: string[]): void {
    if (items.length > 0) this.#blocks.push(`### ${label}\n\n${items.map((i) => `- ${i}`).join('\n')}`);
  }

  /** Label: value lines, the unrated ones left out. */
  pairs(pairs: Array<[string, string | null]>): void {
    const lines = pairs
      .filter((p): p is [string, string] => p[1] !== null && p[1] !== '')
      .map(([label, value]) => fill(this.t.pair, { label, value }));
    if (lines.length > 0) this.#blocks.push(lines.join('  \n'));
  }

  percent(value: number | null): string | null {
    return value === null ? null : fill(this.t.percent, { value });
  }

  outOf10(value: number | null): string | null {
    return value === null ? null : fill(this.t.outOf10, { value });
  }

  text(): string {
    return `${this.#blocks.join('\n\n')}\n`;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function thoughtRecord(r: Renderer, ws: ThoughtRecord): void {
  const { t } = r;
  r.section(t.parts.situation, ws.situation);
  r.list(
    t.parts.emotions,
    ws.emotions.map((e) => {
      const before = r.percent(e.rating);
      const after = r.percent(e.after);
      const rating =
        before && after ? fill(t.rerated, { before, after }) : (before ?? (after ? `… → ${after}` : null));
      const name = worksheetEmotionName(e, r.lang);
      return rating ? fill(t.pair, { label: name, value: rating }) : name;
    }),
  );
  r.list(
    t.parts.thoughts,
    ws.thoughts
      .filter((th) => th.text.trim())
      .map((th) => {
        const notes = [
          ...(th.belief !== null ? [fill(t.parts.belief, { value: r.percent(th.belief) ?? '' })] : []),
          ...(th.hot ? [t.parts.hot] : []),
        ];
        const text = oneLine(th.text);
        return notes.length > 0 ? `${text} (${notes.join(', ')})` : text;
      }),
  );
  if (ws.traps.length > 0) {
    r.pairs([[t.parts.traps, ws.traps.map((id) => thinkingTrapName(id, r.lang)).join(', ')]]);
  }
  r.section(t.parts.evidenceFor, ws.evidenceFor);
  r.section(t.parts.evidenceAgainst, ws.evidenceAgainst);
  const balanced = ws.balancedThought.trim();
  if (balanced) {
    const belief =
      ws.balancedBelief === null
        ? ''
        : ` (${fill(t.parts.belief, { value: r.percent(ws.balancedBelief) ?? '' })})`;
    r.section(t.parts.balancedThought, `${balanced}${belief}`);
  }
}

function behaviouralActivation(r: Renderer, ws: BehaviouralActivation): void {
  const { t } = r;
  r.section(t.parts.activity, ws.activity);
  r.pairs([
    [t.parts.area, ws.area === null ? null : lifeAreaName(ws.area, r.lang)],
    [t.parts.status, ws.status === 'done' ? t.parts.done : t.parts.planned],
    [t.parts.when, ws.when === null ? null : ws.when.replace('T', ' ')],
    [t.parts.pleasure, r.outOf10(ws.pleasure)],
    [t.parts.mastery, r.outOf10(ws.mastery)],
    [t.parts.moodBefore, r.outOf10(ws.moodBefore)],
    [t.parts.moodAfter, r.outOf10(ws.moodAfter)],
  ]);
  r.section(t.parts.note, ws.note);
}

function selfCompassionBreak(r: Renderer, ws: SelfCompassionBreak): void {
  const { t } = r;
  r.section(t.parts.situation, ws.situation);
  r.section(t.parts.whatIsHard, ws.whatIsHard);
  r.section(t.parts.othersFeelThis, ws.othersFeelThis);
  r.section(t.parts.kindWords, ws.kindWords);
  r.section(t.parts.kindAction, ws.kindAction);
  r.pairs([
    [t.parts.distressBefore, r.outOf10(ws.distressBefore)],
    [t.parts.distressAfter, r.outOf10(ws.distressAfter)],
  ]);
}

function threeGoodThings(r: Renderer, ws: ThreeGoodThings): void {
  const { t } = r;
  ws.items.forEach((item, i) => {
    const what = item.what.trim();
    const why = item.why.trim();
    if (!what && !why) return;
    r.section(
      fill(t.parts.goodThing, { n: i + 1 }),
      [what, why ? fill(t.pair, { label: t.parts.why, value: why }) : ''].filter(Boolean).join('\n\n'),
    );
  });
}

function valuesCheck(r: Renderer, ws: ValuesCheck): void {
  const { t } = r;
  r.pairs([[t.parts.area, ws.area === null ? null : lifeAreaName(ws.area, r.lang)]]);
  r.section(t.parts.value, ws.value);
  r.pairs([
    [t.parts.importance, r.outOf10(ws.importance)],
    [t.parts.consistency, r.outOf10(ws.consistency)],
  ]);
  r.section(t.parts.nextStep, ws.nextStep);
  r.section(t.parts.barrier, ws.barrier);
}
