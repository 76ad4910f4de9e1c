import type { ContentLang, EmotionId, SpecialLabelId } from './emotions';

// The mirror's own bilingual lexicon (CONTENT.md, "The on-device mirror"): written for Alcove from
// scratch, not derived from NRC EmoLex, FEEL, AFINN or any published list. Pure data: phrases map to
// catalogue ids with a weight; shared/insights/mirror.ts compiles and applies them.
//
// Lists are comma-separated so the data reads as prose, not as a column of quotes. Phrase syntax:
// words separated by spaces, written as people type them (case, accents and apostrophes are folded
// when compiled, so « inquiète » also matches "inquiete"). `(a|b)` offers alternatives and `(|x)`
// makes x optional; groups do not nest and may sit inside a word ("fatigué(|e|s|es)"). Hyphens split
// words, so "ras-le-bol" and "ras le bol" are the same phrase.

/** Every id the mirror may suggest: a grid label or an off-grid answer. */
export type MirrorLabelId = EmotionId | SpecialLabelId;

/**
 * How a phrase relates to its grammatical subject.
 * - `state` (default): the writer's state ("anxious"); counts with I/me/my or with no subject at all
 *   ("So tired."), not when someone else is the subject ("she was anxious").
 * - `cause`: names what provokes the feeling ("annoying", « stressant »), so it reports the writer's
 *   reaction whoever the subject is ("my boss is exhausting").
 * - `self`: an ordinary word that carries emotion only when the writer says it of themselves
 *   ("I love", "alone", « seule »): it needs I/me/je/me… in its sentence; a fragment is not enough.
 */
export type MirrorPhraseKind = 'state' | 'cause' | 'self';

/** Phrases sharing one weight and kind. */
export interface MirrorTier {
  /** Evidence strength 0..1: ~0.9 names the feeling, ~0.7 a clear phrase, below 0.5 a hint. */
  readonly w: number;
  readonly kind?: MirrorPhraseKind;
  readonly p: readonly string[];
}

/** A language's phrases, grouped by the label they suggest. */
export type MirrorLexicon = Partial<Record<MirrorLabelId, readonly MirrorTier[]>>;

/**
 * The small words around a match that change what it means. Items are words or short phrases in
 * the lexicon's spelling (no groups).
 */
export interface MirrorGrammar {
  /** Cancel a feeling a few words later in the same clause ("not", « pas », « sans »). */
  readonly negators: readonly string[];
  /** Negators that only reach the next two words, like a preposition ("without fear", « sans stress »). */
  readonly shortNegators: readonly string[];
  /** Negate only after « ne »/« n' » shortly before them (« je ne suis plus fâchée »). */
  readonly negatorsAfterNe: readonly string[];
  /** After the feeling, complete a « ne » that came before it (« je n'ai peur de rien »). */
  readonly negationClosers: readonly string[];
  /** Right after the feeling, negate it even without « ne » (spoken French: « je stresse pas »). */
  readonly postNegators: readonly string[];
  /** Right after a negator, turn it into something else ("not only", « pas mal », « pas que »). */
  readonly negationCancellers: readonly string[];
  /** Next to a negator, mean the feeling goes on ("can't stop crying", « n'arrête pas de pleurer »). */
  readonly persistVerbs: readonly string[];
  /** Between "never"/« jamais » and the feeling, make it a comparison ("never been so happy"). */
  readonly comparatives: readonly string[];
  /** The negators a comparative turns into an intensifier. */
  readonly comparativeNegators: readonly string[];
  /** Raise the weight right before the feeling ("very", « trop »). */
  readonly intensifiers: readonly string[];
  /** Raise the weight right after the feeling ("as hell", « à fond »). */
  readonly postIntensifiers: readonly string[];
  /** Lower the weight right before the feeling ("a bit", « un peu »). */
  readonly diminishers: readonly string[];
  /** Words a modifier reaches across to the feeling ("really" … "feel" … "tired", « très » … « me sens »). */
  readonly fillers: readonly string[];
  /** End a negation's or a modifier's reach ("but", « mais »). */
  readonly scopeBreakers: readonly string[];
  /** Mark a feeling as wished for or hypothetical, not felt ("I want to feel calm", « il faut rester calme »). */
  readonly irrealis: readonly string[];
  /** At the start of a clause, make the feeling advice rather than a state ("be happy", « reste calme »). */
  readonly imperatives: readonly string[];
  /** Right before a feeling noun, make it a topic, not a feeling ("an article about grief"). */
  readonly topicMarkers: readonly string[];
  /** Nouns an adjective can describe instead of the writer ("a lonely lighthouse keeper", « un film triste »). */
  readonly attributiveNouns: readonly string[];
  /** Whether such a noun comes before its adjective (French) rather than after it (English). */
  readonly nounBeforeAdjective: boolean;
  /** The writer as subject or object: I, me, we, je, j', me, m', moi, nous, on. */
  readonly firstPerson: readonly string[];
  /** The writer's possessives: enough for an ordinary feeling word, not for a `self` phrase. */
  readonly firstPossessive: readonly string[];
  /** Right after the feeling, make the writer its experiencer ("it scared me"). */
  readonly firstPersonAfter: readonly string[];
  /** Someone else as subject. */
  readonly otherPerson: readonly string[];
  /** Someone else only when a verb follows ("everyone was tense", not "without seeing anyone"). */
  readonly indefinitePersons: readonly string[];
  /** Someone else's possessives, which claim a feeling noun right after them ("his anger", « sa peine »). */
  readonly otherPossessive: readonly string[];
  /** French « se »/« s' »: someone else, unless « on »/« nous » comes just before. */
  readonly reflexiveOther: readonly string[];
  /** After « il », make it impersonal (« il faut », « il y a »). */
  readonly impersonalAfterIl: readonly string[];
  /** Before a pronoun, make it an object rather than a subject (« avec elle »). */
  readonly prepositions: readonly string[];
  /** People who can feel something: "my boss" is a subject when a verb follows it. */
  readonly personNouns: readonly string[];
  /** Verbs and auxiliaries that show the word before them is a subject ("Tom was", « Marie semblait »). */
  readonly subjectVerbs: readonly string[];
  /** Capitalised words that are never someone's name ("Today was", « Hier était »). */
  readonly notNames: readonly string[];
  /** Counted by detectLanguage; no word is in both languages' lists. */
  readonly stopWords: readonly string[];
}

/** Everything the mirror knows about one language. */
export interface MirrorLanguage {
  readonly lexicon: MirrorLexicon;
  /** Phrases that consume their words so an ordinary use never reads as a feeling ("horror film"). */
  readonly neutral: readonly string[];
  readonly grammar: MirrorGrammar;
}

/** Splits a comma-separated list (line breaks allowed) into trimmed items. */
function list(items: string): readonly string[] {
  return items
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

// ── English ───────────────────────────────────────────────────────────────────────────────────────

const FEEL = '(feel|feels|felt|feeling)';

const EN_LEXICON: MirrorLexicon = {
  joy: [
    {
      w: 0.85,
      p: list(`happy, happiness, joy, joyful, joyous, overjoyed, delighted, thrilled, over the moon,
        on cloud nine, walking on air, jump(|ed|ing) for joy, made my day, (couldn't|could not) be happier,
        happier than ever, my heart leapt, tears of joy, best day ever, best day of my life`),
    },
    {
      w: 0.65,
      p: list(`glad, cheerful, gleeful, beaming, chuffed, happier, lighthearted, light-hearted,
        in high spirits, in a (good|great|fantastic|wonderful) mood, on a high, ${FEEL} alive`),
    },
    { w: 0.85, kind: 'self', p: list(`happiest`) },
    { w: 0.4, p: list(`yay, grinning, smiling, lovely day, wonderful day, good day`) },
  ],
  enthusiasm: [
    { w: 0.85, p: list(`enthusiastic, enthusiasm, raring to go, fired up, energised, energized`) },
    { w: 0.7, p: list(`eager, keen, pumped, looking forward to, psyched`) },
  ],
  pride: [
    {
      w: 0.9,
      p: list(`proud, pride, proud of myself, pleased with myself, (couldn't|could not) be prouder,
        patted myself on the back`),
    },
    { w: 0.55, p: list(`nailed it, prouder`) },
    { w: 0.85, kind: 'self', p: list(`proudest`) },
  ],
  amusement: [
    {
      w: 0.85,
      p: list(`amused, amusement, hilarious, cracked up, burst out laughing, in stitches, died laughing,
        laughed so hard, laughed until i cried, made me laugh, lol, haha, hahaha, lmao`),
    },
    { w: 0.6, p: list(`laughing, laughed, giggled, giggling, chuckled, too funny`) },
    { w: 0.45, kind: 'cause', p: list(`funny, amusing`) },
  ],
  hope: [
    {
      w: 0.85,
      p: list(`hopeful, optimistic, light at the end of the tunnel, (things are|things're|it's|everything is) (finally |)looking up,
        a glimmer of hope, a sense of hope, full of hope,
        (things|it|everything) (will|might|could|can|may|are going to|is going to) (|actually |really |finally )get better,
        starting to believe`),
    },
    { w: 0.55, kind: 'self', p: list(`hope, hoping, fingers crossed`) },
    { w: 0.4, p: list(`hopefully`) },
  ],
  desire: [
    {
      w: 0.85,
      p: list(`desire, turned on, aroused, horny, lust, lusting, longing for (his|her|their) touch`),
    },
    { w: 0.6, p: list(`craving, crave, attracted to`) },
  ],
  curiosity: [
    { w: 0.85, p: list(`curious, curiosity, intrigued, fascinated`) },
    { w: 0.6, kind: 'cause', p: list(`intriguing, fascinating`) },
    { w: 0.5, p: list(`wonder what, wondering what, interested in`) },
  ],
  confidence: [
    {
      w: 0.85,
      p: list(`confident, self-confident, self-assured, believe in myself, sure of myself, i've got this,
        i got this, empowered, on top of things, ${FEEL} (strong|capable|powerful|unstoppable)`),
    },
    { w: 0.45, p: list(`capable, self-confidence`) },
  ],
  excitement: [
    {
      w: 0.85,
      p: list(
        `excited, excitement, stoked, hyped, (can't|cannot|can not) wait, buzzing, counting down the days`,
      ),
    },
    { w: 0.6, kind: 'cause', p: list(`exciting, thrilling`) },
  ],
  playfulness: [
    {
      w: 0.8,
      p: list(`playful, playfulness, mischievous, cheeky, goofy, silly mood, goofing around,
        joking around, messing around`),
    },
    { w: 0.45, p: list(`silly`) },
  ],
  inspiration: [
    { w: 0.85, p: list(`inspired, inspiration, full of ideas, creative spark, ideas flowing`) },
    { w: 0.6, kind: 'cause', p: list(`inspiring`) },
  ],
  awe: [
    {
      w: 0.85,
      p: list(`awe, in awe, awestruck, awe-struck, amazed, blown away, took my breath away,
        sense of wonder, speechless, marvel(|led|ed|ling|ing) at`),
    },
    { w: 0.6, kind: 'cause', p: list(`breathtaking, awe-inspiring, majestic`) },
  ],
  love: [
    {
      w: 0.9,
      p: list(`in love, head over heels, love you, love him, love her, love them, adore him, adore her,
        adore you, fell for (him|her|you|them), falling for (him|her|you|them), crazy about (him|her|you),
        love my (|little |wonderful |beautiful |amazing )(husband|wife|partner|kids|children|son|daughter|family|boyfriend|girlfriend|baby|mom|mum|dad|friends|grandkids|grandchildren|parents|sister|brother),
        so much love, my love for, adore my`),
    },
    { w: 0.45, kind: 'self', p: list(`love, loved, adore, adored`) },
  ],
  determination: [
    {
      w: 0.85,
      p: list(`determined, determination, resolved to, (won't|will not) give up, not giving up,
        nothing will stop me, going to make it happen, motivated`),
    },
    { w: 0.55, p: list(`i will do this, i can do this`) },
    { w: 0.45, p: list(`focused, committed to`) },
  ],
  euphoria: [
    {
      w: 0.9,
      p: list(`euphoric, euphoria, ecstatic, elated, on top of the world, high on life`),
    },
  ],
  admiration: [
    {
      w: 0.85,
      p: list(`admire, admired, admiration, admiring, look up to, looked up to, in awe of`),
    },
    { w: 0.65, p: list(`impressed, hats off to`) },
  ],

  calm: [
    {
      w: 0.85,
      p: list(`calm, calmer, calmly, calmed down, at ease, unbothered, zen, ${FEEL} settled, ${FEEL} grounded,
        ${FEEL} centred, ${FEEL} centered`),
    },
    { w: 0.55, p: list(`laid-back, level-headed`) },
    { w: 0.4, kind: 'self', p: list(`quiet, grounded`) },
  ],
  relief: [
    {
      w: 0.9,
      p: list(`relieved, relief, phew, a weight off my shoulders, weight lifted, weight off my chest,
        can breathe again, finally breathe, what a relief, ${FEEL} lighter`),
    },
  ],
  contentment: [
    {
      w: 0.85,
      p: list(`contented, contentment, in a good place, happy enough, fulfilled, ${FEEL} good,
        all is well, at home in my skin`),
    },
    { w: 0.8, kind: 'self', p: list(`content`) },
    { w: 0.55, p: list(`cosy, cozy, pleased, content with`) },
  ],
  gratitude: [
    {
      w: 0.9,
      p: list(`grateful, gratitude, thankful, counting my blessings, so lucky to have, appreciative,
        lucky to have`),
    },
    { w: 0.55, kind: 'self', p: list(`thank you, appreciate, blessed`) },
  ],
  tenderness: [
    {
      w: 0.85,
      p: list(`tenderness, affection, affectionate, fondness, my heart melted, melted my heart,
        soft spot for, ${FEEL} tender`),
    },
    { w: 0.55, p: list(`cuddled, cuddling, fond of`) },
  ],
  closeness: [
    {
      w: 0.85,
      p: list(`closeness, close to (him|her|them|you|my|each other), connected to, connected with,
        felt seen, felt heard, felt understood, feel seen, feel heard, feel understood, we bonded,
        bonded with, intimacy, ${FEEL} loved`),
    },
    { w: 0.45, kind: 'self', p: list(`connection, connected, together again`) },
  ],
  safety: [
    {
      w: 0.85,
      p: list(`${FEEL} safe, ${FEEL} secure, ${FEEL} protected, in good hands, safe and sound,
        sense of safety`),
    },
    { w: 0.55, kind: 'self', p: list(`safe, secure, protected`) },
  ],
  serenity: [{ w: 0.9, p: list(`serene, serenity, tranquil, tranquility, tranquillity`) }],
  peace: [
    {
      w: 0.85,
      p: list(`at peace, peaceful, inner peace, peace of mind, sense of peace, feel peace`),
    },
    { w: 0.5, kind: 'self', p: list(`peace`) },
  ],
  acceptance: [
    {
      w: 0.85,
      p: list(`acceptance, accept it, accepted it, accepting it, made peace with, making peace with,
        come to terms, came to terms, coming to terms, let it go, letting go, it is what it is,
        it's okay not to be okay, it's okay to feel`),
    },
    { w: 0.5, p: list(`accept that, accepting that, resigned to`) },
  ],
  belonging: [
    {
      w: 0.85,
      p: list(`belonging, fit in, fitted in, felt at home, feel at home, part of the family,
        part of the team, one of them, among my people, ${FEEL} included, ${FEEL} welcomed,
        ${FEEL} welcome, ${FEEL} accepted`),
    },
    { w: 0.6, kind: 'self', p: list(`belong`) },
    { w: 0.45, kind: 'self', p: list(`included, welcomed`) },
  ],
  satisfaction: [
    {
      w: 0.85,
      p: list(`satisfied, satisfaction, accomplished, sense of achievement, job well done,
        happy with (the|my|how), pleased with (the|my|how)`),
    },
    { w: 0.6, kind: 'cause', p: list(`satisfying, rewarding, productive day`) },
  ],
  nostalgia: [
    {
      w: 0.9,
      p: list(`nostalgic, nostalgia, the good old days, those were the days, reminiscing, reminisce,
        takes me back, took me back, trip down memory lane, memory lane`),
    },
    { w: 0.5, p: list(`wistful, old memories, childhood memories`) },
  ],
  comfort: [
    { w: 0.85, p: list(`comforted, soothed, warm and fuzzy, felt held, reassured, consoled`) },
    { w: 0.6, kind: 'cause', p: list(`comforting, soothing, reassuring, comfort`) },
  ],
  relaxation: [
    {
      w: 0.85,
      p: list(`relaxed, relaxation, unwind, unwinding, unwound, chilled out, chill evening, well rested,
        ${FEEL} rested`),
    },
    { w: 0.6, kind: 'cause', p: list(`relaxing, restful`) },
  ],
  compassion: [
    {
      w: 0.85,
      p: list(`compassion, compassionate,
        (feel|felt) for (him|her|them|the guy|the poor guy|the kids|the family|the families|everyone|those),
        sorry for (him|her|them), my heart goes out, my heart went out, empathy, sympathy for,
        ${FEEL} bad for (him|her|them)`),
    },
    { w: 0.55, p: list(`empathise, empathize, empathised, empathized`) },
  ],

  anxiety: [
    {
      w: 0.9,
      p: list(`anxious, anxiously, anxiety, worried sick, knot in my stomach, knots in my stomach,
        pit in my stomach, pit of my stomach, racing thoughts, my mind is racing, my mind was racing,
        overthinking, anxiety attack, sick with worry, mind (is|was) (spinning|racing)`),
    },
    {
      w: 0.75,
      p: list(`worried, worry, worries, worrying, uneasy, unease, apprehensive, dread, dreading,
        fretting, restless, sick to my stomach, lying awake, lay awake, lie awake, tightness in my (chest|throat),
        my chest (is|was|has been|feels|felt) tight, mind (wouldn't|won't|couldn't|can't|didn't) stop`),
    },
    { w: 0.6, kind: 'cause', p: list(`nerve-racking, nerve-wracking, unsettling, worrisome`) },
    { w: 0.4, p: list(`what if`) },
  ],
  fear: [
    {
      w: 0.9,
      p: list(`afraid, scared, frightened, terrified, petrified, fear, fearful, terror, scared stiff,
        scared to death, scared me, scares me, frightens me, frightened me, terrifies me, terrified me,
        spooked, creeped out`),
    },
    { w: 0.65, kind: 'cause', p: list(`scary, frightening, terrifying, creepy`) },
  ],
  anger: [
    {
      w: 0.9,
      p: list(`angry, anger, furious, fury, livid, rage, raging, enraged, irate, pissed off, seeing red,
        saw red, blood boiling, my blood boils, lost my temper, fuming, infuriated, seething`),
    },
    { w: 0.7, p: list(`mad at, so mad, pissed, cross with`) },
    { w: 0.65, kind: 'cause', p: list(`infuriating, maddening, enraging`) },
    { w: 0.45, kind: 'self', p: list(`hate, hated, mad`) },
  ],
  frustration: [
    {
      w: 0.9,
      p: list(`frustrated, frustration, fed up, sick of, sick and tired, had enough of, so done with,
        (i've|i have|i'd|i had) had enough, at my wits end, banging my head against, argh, tired of`),
    },
    { w: 0.65, kind: 'cause', p: list(`frustrating`) },
    { w: 0.45, p: list(`stuck, going nowhere`) },
  ],
  irritation: [
    {
      w: 0.85,
      p: list(`irritated, irritation, annoyed, annoyance, irritable, grumpy, cranky, ticked off,
        exasperated, gets on my nerves, got on my nerves, getting on my nerves, bugs me, bugged me,
        bugging me, in a bad mood, bad mood, (drive|drives|driving|drove) me (mad|crazy|nuts|insane|up the wall)`),
    },
    { w: 0.65, kind: 'cause', p: list(`annoying, irritating, grating`) },
    { w: 0.4, p: list(`ugh, ughh`) },
  ],
  jealousy: [{ w: 0.9, p: list(`jealous, jealousy, envious, envy, green with envy, envied`) }],
  stress: [
    {
      w: 0.9,
      p: list(`stressed, stress, stressed out, stressing, frazzled, so much on my plate, too much on my plate,
        under (|so much |a lot of |too much |huge |enormous |a ton of )pressure`),
    },
    { w: 0.65, kind: 'cause', p: list(`stressful`) },
    { w: 0.4, p: list(`pressure, hectic`) },
  ],
  overwhelm: [
    {
      w: 0.9,
      p: list(`overwhelmed, overwhelm, swamped, snowed under, drowning in, (can't|cannot|can not) cope,
        (couldn't|could not) cope, (can't|cannot) keep up, in over my head, all too much, too much for me,
        spread too thin, too many plates, plates spinning, meltdown, had a breakdown, (can't|cannot) take it anymore, (can't|cannot) take any more,
        at the end of my rope, at the end of my tether`),
    },
    { w: 0.65, kind: 'cause', p: list(`overwhelming`) },
    { w: 0.6, kind: 'self', p: list(`buried in, a mess, falling apart`) },
    { w: 0.4, p: list(`too much, drowning`) },
  ],
  nervousness: [
    {
      w: 0.9,
      p: list(`nervous, nervousness, nervously, jittery, butterflies in my stomach, stage fright,
        jumpy, antsy, on pins and needles, a bundle of nerves`),
    },
    { w: 0.6, p: list(`butterflies`) },
    { w: 0.6, p: list(`my nerves`) },
    { w: 0.45, p: list(`shaky`) },
  ],
  resentment: [
    {
      w: 0.9,
      p: list(`resent, resented, resentment, resentful, bitterness, hold a grudge, holding a grudge,
        grudge, (can't|cannot) forgive, (won't|will not) forgive, still angry at, ${FEEL} bitter`),
    },
    { w: 0.6, kind: 'self', p: list(`bitter`) },
  ],
  disgust: [
    {
      w: 0.9,
      p: list(`disgusted, disgust, grossed out, repulsed, revolted, sickened, makes me sick,
        made me sick, yuck, eww, ew`),
    },
    { w: 0.65, kind: 'cause', p: list(`disgusting, gross, repulsive, revolting, sickening, vile`) },
  ],
  embarrassment: [
    {
      w: 0.9,
      p: list(`embarrassed, embarrassment, mortified, cringe, cringed, cringing, self-conscious,
        wanted the ground to swallow me, wanted to disappear, red-faced, blushed, blushing`),
    },
    { w: 0.6, kind: 'cause', p: list(`embarrassing, awkward, cringey, cringy`) },
  ],
  tension: [
    {
      w: 0.85,
      p: list(`tense, tension, on edge, wound up, uptight, clenched, keyed up, walking on eggshells,
        tight chest`),
    },
    { w: 0.6, p: list(`edgy`) },
  ],
  impatience: [
    {
      w: 0.85,
      p: list(`impatient, impatience, impatiently, running out of patience, ran out of patience,
        lost patience, losing patience`),
    },
    {
      w: 0.7,
      p: list(`waiting forever, taking forever, took forever,
        (can't|cannot) wait for (it|this|that|them|him|her) to (be over|end|finish|stop|leave|go)`),
    },
  ],
  panic: [
    {
      w: 0.9,
      p: list(`panic, panicked, panicking, panicky, panic attack, freaking out, freaked out, freak out,
        hyperventilating`),
    },
    {
      w: 0.7,
      p: list(`(couldn't|could not|can't|cannot) breathe, heart (|was |is |kept )(pounding|racing)`),
    },
  ],
  indignation: [
    {
      w: 0.9,
      p: list(`indignant, indignation, outraged, outrage, appalled, how dare, scandalised, scandalized,
        it is unfair, it's unfair, injustice`),
    },
    { w: 0.6, kind: 'cause', p: list(`outrageous, unfair, unjust`) },
  ],

  sadness: [
    {
      w: 0.9,
      p: list(`sad, sadness, unhappy, miserable, depressed, gloomy, glum, down in the dumps, heartbroken, heavy heart,
        heavy-hearted, sorrow, melancholy, devastated, in tears, burst into tears, broke down crying,
        crying, cried, tearful, teary, heartbreak, broken heart, my heart is broken, bummed,
        on the verge of tears, a lump in my throat, in a funk, ${FEEL} (heavy|flat|blue|low|down),
        (breaks|broke|breaking) my heart`),
    },
    { w: 0.65, p: list(`upset, cry, cries, sobbing, sobbed, wept, weeping, low mood, choked up`) },
    { w: 0.6, kind: 'cause', p: list(`depressing, heartbreaking, saddening`) },
    { w: 0.85, kind: 'self', p: list(`saddest`) },
    { w: 0.5, kind: 'self', p: list(`low`) },
  ],
  loneliness: [
    {
      w: 0.9,
      p: list(`lonely, loneliness, lonesome, isolated, left out, all alone, no one to talk to,
        nobody to talk to, nobody understands me, no one understands me, no one cares, nobody cares,
        feel invisible, felt invisible, so alone, ${FEEL} alone,
        (nobody|no one) (sees|notices|listens to|cares about|gets|wants) me`),
    },
    { w: 0.85, kind: 'self', p: list(`loneliest`) },
    { w: 0.45, kind: 'self', p: list(`alone, on my own, invisible`) },
  ],
  disappointment: [
    {
      w: 0.9,
      p: list(`disappointed, disappointment, let down, gutted, a letdown, a let-down, crushed, deflated,
        expected more, my heart sank`),
    },
    { w: 0.6, p: list(`what a shame, such a shame, it's a shame, it is a shame, shame about`) },
    { w: 0.65, kind: 'cause', p: list(`disappointing, underwhelming`) },
  ],
  hurt: [
    {
      w: 0.9,
      p: list(`hurt me, hurts me, felt hurt, feel hurt, feeling hurt, hurt feelings, my feelings were hurt,
        betrayed, betrayal, stabbed in the back, wounded, cut deep, ${FEEL} rejected`),
    },
    { w: 0.7, p: list(`rejection`) },
    { w: 0.65, kind: 'self', p: list(`hurt, so hurt`) },
    { w: 0.6, kind: 'self', p: list(`stung, rejected`) },
    { w: 0.6, kind: 'cause', p: list(`hurtful`) },
  ],
  shame: [
    {
      w: 0.9,
      p: list(`ashamed, shame, humiliated, humiliation, hate myself, not good enough, such a failure,
        disgusted with myself, worthless, never (be|been|feel|felt) good enough,
        ${FEEL} like a (failure|fraud|loser|burden|joke), hate (my body|my face|my reflection|how i look|the way i look|how my body looks),
        ${FEEL} (small|stupid|useless|worthless), ${FEEL} like an idiot`),
    },
    { w: 0.6, kind: 'cause', p: list(`humiliating, shameful`) },
    { w: 0.55, kind: 'self', p: list(`pathetic, a loser, a failure`) },
  ],
  guilt: [
    {
      w: 0.9,
      p: list(`guilty, guilt, my fault, blame myself, blaming myself, remorse,
        ${FEEL} (bad|awful|terrible|horrible|rotten) (about|afterwards|after),
        ${FEEL} (bad|awful|terrible|horrible|rotten) for (not|forgetting|missing|letting|leaving|saying|yelling|snapping|shouting|being|what i),
        should have known better, regret,
        regretted, regretting`),
    },
    { w: 0.55, kind: 'self', p: list(`so sorry, i should have, i shouldn't have`) },
  ],
  discouragement: [
    {
      w: 0.9,
      p: list(`discouraged, discouragement, demotivated, unmotivated, disheartened, defeated, losing heart,
        lost motivation, no motivation, giving up, want to give up, ready to give up`),
    },
    { w: 0.85, kind: 'cause', p: list(`what's the point, what is the point, why bother`) },
    { w: 0.6, kind: 'cause', p: list(`discouraging, disheartening, pointless`) },
  ],
  emptiness: [
    {
      w: 0.9,
      p: list(`emptiness, a void, hole in my chest, empty inside, ${FEEL} empty, ${FEEL} hollow`),
    },
    { w: 0.7, kind: 'self', p: list(`empty, hollow`) },
    { w: 0.6, kind: 'cause', p: list(`meaningless`) },
  ],
  boredom: [
    {
      w: 0.9,
      p: list(`bored, boredom, bored to death, bored to tears, bored out of my mind`),
    },
    { w: 0.6, kind: 'cause', p: list(`boring, tedious, monotonous`) },
    { w: 0.45, kind: 'cause', p: list(`dull`) },
    { w: 0.45, p: list(`nothing to do, meh`) },
  ],
  tiredness: [
    {
      w: 0.9,
      p: list(`tired, exhausted, exhaustion, worn out, drained, knackered, shattered, fatigued, fatigue,
        sleepy, running on empty, dead tired, dog-tired, burnt out, burned out, burnout, weary,
        no energy, wiped out, zero energy`),
    },
    { w: 0.6, kind: 'cause', p: list(`exhausting, tiring, draining`) },
  ],
  numbness: [
    {
      w: 0.9,
      p: list(`numb, numbness, ${FEEL} nothing, (can't|cannot) feel anything, (don't|do not) feel anything,
        on autopilot, like a zombie, detached, disconnected from everything`),
    },
    { w: 0.7, kind: 'self', p: list(`shut down`) },
    { w: 0.7, p: list(`(don't|do not) care (anymore|about anything)`) },
  ],
  grief: [
    {
      w: 0.9,
      p: list(`grief, grieving, grieve, mourning, bereaved,
        lost my (mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|brother|sister|friend|best friend|husband|wife|partner|son|daughter|baby|dog|cat),
        since (she|he) died, since (she|he) passed`),
    },
  ],
  helplessness: [
    {
      w: 0.9,
      p: list(`helpless, helplessness, powerless, nothing i can do, out of my control, at the mercy of,
        ${FEEL} trapped`),
    },
    { w: 0.6, kind: 'self', p: list(`trapped`) },
  ],
  vulnerability: [
    {
      w: 0.9,
      p: list(`vulnerable, vulnerability, defenceless, defenseless, ${FEEL} exposed, ${FEEL} raw,
        ${FEEL} fragile`),
    },
    { w: 0.6, kind: 'self', p: list(`exposed, fragile, raw`) },
  ],
  despair: [
    {
      w: 0.9,
      p: list(`despair, desperate, hopeless, hopelessness, lost all hope, no way out,
        (can't|cannot) see a way out, nothing matters anymore, at rock bottom, hit rock bottom`),
    },
  ],
  longing: [
    {
      w: 0.9,
      p: list(`longing, long for, yearning, yearn, pining, homesick,
        miss(|ing|ed) (you|him|her|them|home|us|the old days|those days|the way things were),
        miss(|ing|ed) my (mom|mum|mother|dad|father|family|friends|friend|kids|children|son|daughter|husband|wife|partner|boyfriend|girlfriend|sister|brother|grandma|grandpa|dog|cat|old life|home|country),
        wish you were here`),
    },
  ],
  ambivalence: [
    {
      w: 0.9,
      p: list(`mixed feelings, torn between, conflicted, ambivalent, ambivalence, bittersweet, on the fence,
        of two minds, in two minds`),
    },
    { w: 0.75, kind: 'self', p: list(`torn`) },
    { w: 0.6, p: list(`part of me (wants|is|feels)`) },
  ],
  'not-sure': [
    {
      w: 0.9,
      p: list(`(don't|do not) know (what|how) (i feel|i'm feeling|i am feeling|to feel|i felt),
        not sure (what|how) (i feel|i'm feeling|i am feeling|to feel|i felt),
        (can't|cannot) (tell|name|say) (what|how) (i feel|i'm feeling), (can't|cannot) put my finger on,
        (can't|cannot) name it, no idea (what|how) i feel, confused about how i feel, ${FEEL} weird,
        ${FEEL} strange, ${FEEL} off, out of sorts`),
    },
    { w: 0.6, p: list(`confused, confusing feelings`) },
  ],
};

const EN_NEUTRAL = list(`
  (horror|scary|sad|funny) (film|films|movie|movies|story|stories|show|book|novel),
  happy (birthday|new year|holidays|anniversary|hour|ending|medium|place), happy to (help|assist|chat|answer|report),
  pride (parade|month|march), peace (treaty|talks|process|corps|sign),
  safety (pin|net|glasses|belt|measures|check|briefing|training|rules|gear|standards|first),
  safe (trip|travels|journey|flight|mode|word|space|zone), stay safe, comfort (zone|food|foods),
  calm (down|water|waters|sea|night|weather), calm before the storm, low on, low (battery|price|prices|cost|tide), stress (test|tests|testing|fracture), stress-free,
  worry-free, panic (button|room|buying), love (island|actually|letter|handles), self-love,
  fear of missing out, for fear of, afraid (so|not), (i'm|i am) afraid (i|we) (can't|cannot|won't|have to|must|don't),
  hurt my (back|knee|leg|arm|ankle|wrist|shoulder|neck|foot|hand|head|finger|toe),
  (tired|exhausting) (tyres|tires),
  empty (fridge|room|rooms|house|street|streets|bottle|bottles|box|boxes|glass|inbox|stomach|tank|seats),
  content (creator|creators|warning|moderation|strategy|calendar|marketing|type), the content,
  raw (data|material|materials|food|meat|fish|egg|eggs|vegetables|milk), fragile (package|parcel|items|glass),
  exposed (brick|beams|skin), cross (the|a|over|country|section|reference|check), tense (verb|verbs|form|forms),
  past tense, present tense, future tense, trapped wind, quiet (street|neighbourhood|neighborhood|room|car|coach|carriage),
  desire path, pressure cooker, blood pressure, tyre pressure, tire pressure, peer pressure, no pressure,
  rage room, road rage, stuck in traffic, nothing to do with, gross (income|salary|margin|profit|pay|domestic|weight),
  torn (jeans|ligament|muscle|page|paper|shirt|acl|meniscus), miss my (bus|train|flight|stop|turn|chance),
  missed my (bus|train|flight|stop|turn|chance|deadline|appointment|call), missed the (bus|train|flight|deadline|point),
  cry for help, joy division, grief counsellor, grief counselor, hope so, hope not,
  down to earth, shut down (the|my|his|her|their|it|a|an), lost my (keys|phone|wallet|bag|job|way|voice|glasses|train of thought),
  upset stomach, stomach upset, hurt myself, (crushed|crush|crushing) it, stung by a (bee|wasp|nettle|jellyfish), detached (house|home|garage|houses),
  semi-detached, crushed (garlic|ice|tomatoes|peppers|nuts|velvet), pain relief, tax relief, comic relief,
  relief (map|fund|effort|efforts|work|worker|workers|road), isolated (showers|incident|incidents|case|cases),
  guilty pleasure, guilty pleasures, hopeless at, a far cry, hollow (tree|log|sound|eyes|victory),
  no worries, hope you're (well|ok|okay|doing well|good), hope you are (well|ok|okay), hope all is well,
  hope this finds you, hope you (have|had|enjoy|enjoyed|get), play it safe, better safe than sorry, sorry to hear, so sorry to hear
`);

const EN_GRAMMAR: MirrorGrammar = {
  negators: list(`not, never, no, no longer, nor, neither, nothing, nobody, none, hardly, barely, scarcely,
    without, don't, doesn't, didn't, isn't, aren't, wasn't, weren't, can't, cannot, couldn't, won't, wouldn't,
    shouldn't, haven't, hasn't, hadn't, ain't, mustn't, zero, lack of, lacking, free of, free from, impossible to,
    unable to`),
  shortNegators: list(`without, no, zero, lack of, lacking, free of, free from`),
  negatorsAfterNe: [],
  negationClosers: [],
  postNegators: [],
  negationCancellers: list(`only, just, merely, simply, exactly, wait`),
  persistVerbs: list(`stop, stopped, stopping, help, quit, shake`),
  comparatives: list(`so, as, more, this, happier, prouder, calmer, better`),
  comparativeNegators: list(`never, couldn't, could not`),
  intensifiers:
    list(`very, so, really, extremely, deeply, incredibly, totally, completely, utterly, absolutely,
    truly, terribly, awfully, super, seriously, insanely, ridiculously, unbelievably, hugely, genuinely,
    particularly, especially, too, way too, so very, thoroughly, profoundly, immensely, intensely,
    painfully, horribly, dreadfully, madly, wildly, desperately, crazy, damn, bloody, fucking, freaking,
    mega, such, such a, more and more, increasingly, overwhelmingly, properly, proper, real`),
  postIntensifiers: list(`as hell, af, so much, a lot, like crazy, like hell, beyond words, to the core,
    to the bone, more than ever, than ever`),
  diminishers:
    list(`a bit, a little, a little bit, a bit of, a little bit of, slightly, somewhat, kind of, kinda,
    sort of, sorta, a tad, mildly, a touch, fairly, rather, vaguely, faintly, marginally, moderately, semi,
    almost, a little more, not very`),
  fillers: list(`feel, feels, felt, feeling, am, i'm, is, was, were, are, be, been, being, get, got, getting,
    become, became, of, with, all, just, still, now`),
  scopeBreakers:
    list(`but, yet, though, although, however, whereas, while, because, since, so that, and, then,
    instead, rather than, or`),
  irrealis: list(`want to, wanted to, wants to, wanna, wish, wished, wishing, hope to, hoping to, would,
    i'd like to, would like to, should, if, whether, unless, need to, needs to, needed to, try to, trying to, tried to,
    pretend, pretending, pretended, supposed to, allowed to, learn to, learning to, how to, stay,
    going to be, gonna be, will be, i'll be, might, afraid of being, scared of being`),
  imperatives: list(`be, stay, keep, just be, try and be`),
  topicMarkers:
    list(`about, about the, regarding, concerning, on the topic of, article on, book on, podcast on,
    talk on, lecture on`),
  attributiveNouns:
    list(`person, people, song, songs, film, films, movie, movies, story, stories, book, books,
    novel, character, characters, face, faces, music, ending, scene, picture, pictures, photo, photos, poem,
    poems, keeper, soul, souls, look, smile, voice, man, woman, kid, kids, child, children, boy, girl, guy,
    puppy, dog, cat, ghost, clown, news, tune, melody, lyrics, movie's, show, series, episode`),
  nounBeforeAdjective: false,
  firstPerson: list(`i, i'm, i've, i'd, i'll, me, myself, we, we're, we've, we'd, we'll, us, ourselves`),
  firstPossessive: list(`my, mine, our, ours`),
  firstPersonAfter: list(`me, myself, us`),
  otherPerson:
    list(`he, she, they, he's, she's, they're, he'd, she'd, they'd, he'll, she'll, they'll, they've,
    you, you're, you've, you'd, you'll, u, himself, herself, themselves, yourself`),
  indefinitePersons: list(`everyone, everybody, someone, somebody, anyone, anybody`),
  otherPossessive: list(`his, her, their, your`),
  reflexiveOther: [],
  impersonalAfterIl: [],
  prepositions:
    list(`of, to, with, for, at, about, from, by, like, than, around, behind, near, without, towards,
    toward, against, after, before, among, between, into, onto, upon`),
  personNouns:
    list(`mom, mum, mother, dad, father, parents, parent, sister, brother, sisters, brothers, sibling,
    siblings, boss, manager, partner, husband, wife, spouse, boyfriend, girlfriend, bf, gf, fiance, fiancee,
    friend, friends, bestie, colleague, colleagues, coworker, coworkers, worker, son, daughter, kid, kids,
    child, children, baby, toddler, grandma, grandmother, grandpa, grandfather, granny, nan, aunt, uncle,
    cousin, nephew, niece, teacher, doctor, therapist, nurse, neighbour, neighbor, neighbours, neighbors,
    roommate, flatmate, housemate, team, family, people, guy, guys, man, woman, girl, boy, client, customer,
    student, students, landlord, ex, mate, cat, dog, puppy, kitten, audience, crowd, others, everyone`),
  subjectVerbs: list(`is, was, were, are, be, been, seems, seemed, looks, looked, feels, felt, got, gets,
    sounded, sounds, became, becomes, stayed, remained, has, had, have, who, will, would, can, could, did,
    does, didn't, doesn't, isn't, wasn't, weren't, aren't, always, never, still, just, really, kept, keeps,
    went, goes, grew, gets, seem`),
  notNames:
    list(`today, yesterday, tonight, tomorrow, this, that, it, it's, there, here, work, life, everything,
    nothing, something, anything, school, class, dinner, lunch, breakfast, morning, evening, afternoon,
    weekend, week, day, night, sleep, home, the, a, an, what, which, who, why, how, where, when, and, but, so,
    then, now, also, still, just, honestly, anyway, god, oh, well, yes, no, ok, okay, mood, monday, tuesday,
    wednesday, thursday, friday, saturday, sunday, everyone, nobody, someone, today's, this morning, there's,
    here's, what's, who's, where's, that's, let's, it's`),
  stopWords: list(`the, and, i, i'm, to, of, is, was, it, it's, my, that, in, not, but, so, have, with, for,
    this, feel, felt, am, be, you, he, she, they, just, don't, what, about, at, today, really, very, been,
    had, were, are, because, would, can't, didn't, all, an, or, from, by, we, our, your, his, her, them,
    there, then, when, how, why, who, will, like, much, too, also, still, again, after, before, some, out,
    up, feeling, myself, that's, i've, if, im, dont`),
};

// ── Français ──────────────────────────────────────────────────────────────────────────────────────

const AVOIR = '(ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|eu|avoir|aurai|aurais|aurait)';
const SENS = '(sens|sent|sentais|sentait|sentir|senti|sentie|sentis|senties)';
const RESSENS = '(ressens|ressent|ressentais|ressentait|ressentir)';

const FR_LEXICON: MirrorLexicon = {
  joy: [
    {
      w: 0.85,
      p: list(`heureu(x|se|ses), bonheur, joie, joyeu(x|se|ses), aux anges, ravi(|e|s|es), fou de joie,
        folle de joie, sauter de joie, sauté de joie, meilleure journée de ma vie, le plus beau jour de ma vie,
        (le|la) plus heureu(x|se) du monde, le sourire aux lèvres, ${AVOIR} la banane,
        de bonne humeur, bonne humeur, ${AVOIR} la pêche, ${AVOIR} la patate, le cœur léger, youpi, larmes de joie,
        pleuré de joie, pleurer de joie, trop heureu(x|se)`),
    },
    {
      w: 0.65,
      p: list(`gai(|e|s|es), joie de vivre, enjoué(|e|s|es), radieu(x|se|ses), ça fait plaisir,
        ça me fait plaisir, ça m'a fait plaisir`),
    },
    { w: 0.6, kind: 'self', p: list(`kiffe, kiffer`) },
  ],
  enthusiasm: [
    {
      w: 0.85,
      p: list(`enthousiaste(|s), enthousiasme, emballé(|e|s|es), plein(|e|s|es) d'entrain,
        plein(|e|s|es) d'énergie, regonflé(|e|s|es)`),
    },
    { w: 0.7, p: list(`partant(|e|s|es) pour`) },
  ],
  pride: [
    {
      w: 0.9,
      p: list(`fi(er|ère|ers|ères), fierté, content(|e) de moi, je me suis épaté(|e)`),
    },
  ],
  amusement: [
    {
      w: 0.85,
      p: list(`mort(|e|s|es) de rire, mdr, ptdr, lol, hilarant(|e|s|es), fou rire, fous rires,
        éclaté(|e|s|es) de rire, plié(|e|s|es) de rire, écroulé(|e|s|es) de rire, ça m'a fait rire,
        ça m'a fait marrer, je me suis marré(|e), on s'est marré(|e|s|es), amusé(|e|s|es), haha, hahaha, pleuré de rire, pleurer de rire,
        explosé de rire, exploser de rire`),
    },
    { w: 0.6, p: list(`rigolé, ri aux larmes, rire, ri, rigoler`) },
    { w: 0.55, kind: 'cause', p: list(`drôle(|s), marrant(|e|s|es), rigolo(|te|s|tes), amusant(|e|s|es)`) },
  ],
  hope: [
    {
      w: 0.85,
      p: list(`plein(|e|s|es) d'espoir, optimiste(|s), espoir, le bout du tunnel, une lueur d'espoir,
        reprendre espoir, repris espoir, je commence à croire,
        ça (pourrait|va|peut) (|vraiment |enfin )s'arranger`),
    },
    { w: 0.6, p: list(`ça va aller`) },
    { w: 0.55, kind: 'self', p: list(`espère, espérais, espérer, j'y crois`) },
    { w: 0.4, p: list(`croise les doigts, croisons les doigts`) },
  ],
  desire: [
    {
      w: 0.85,
      p: list(`désir, désire, désirais, excité(|e) par (lui|elle), envie de (lui|elle|toi),
        attiré(|e) par`),
    },
  ],
  curiosity: [
    { w: 0.85, p: list(`curieu(x|se|ses), curiosité, intrigué(|e|s|es), fasciné(|e|s|es)`) },
    { w: 0.6, kind: 'cause', p: list(`intrigant(|e|s|es), fascinant(|e|s|es)`) },
    { w: 0.5, p: list(`hâte de découvrir`) },
    { w: 0.45, p: list(`je me demande`) },
  ],
  confidence: [
    {
      w: 0.85,
      p: list(`confiant(|e|s|es), confiance en moi, sûr(|e) de moi, je peux y arriver,
        bien dans mes baskets, ${SENS} (fort|forte|forts|fortes|capable|capables|invincible)`),
    },
    { w: 0.55, p: list(`j'assure, je gère`) },
    { w: 0.45, p: list(`capable(|s)`) },
    { w: 0.55, kind: 'self', p: list(`confiance`) },
  ],
  excitement: [
    {
      w: 0.85,
      p: list(`excité(|e|s|es), surexcité(|e|s|es), exalté(|e|s|es), exaltation, impatient(|e|s|es) de,
        hâte, je compte les jours, survolté(|e|s|es)`),
    },
    { w: 0.6, kind: 'cause', p: list(`excitant(|e|s|es), palpitant(|e|s|es)`) },
    { w: 0.45, p: list(`vivement`) },
  ],
  playfulness: [
    {
      w: 0.8,
      p: list(`espiègle(|s), espièglerie, taquin(|e|s|es), d'humeur joueuse, faire des bêtises,
        fait les fous, fait les folles, chamaillé, chamailler, d'humeur taquine`),
    },
  ],
  inspiration: [
    { w: 0.85, p: list(`inspiré(|e|s|es), inspiration, plein(|e|s|es) d'idées, les idées fusent`) },
    { w: 0.6, kind: 'cause', p: list(`inspirant(|e|s|es)`) },
  ],
  awe: [
    {
      w: 0.85,
      p: list(`émerveillé(|e|s|es), émerveillement, bouche bée, ébloui(|e|s|es), époustouflé(|e|s|es),
        subjugué(|e|s|es), à couper le souffle, sans voix`),
    },
    {
      w: 0.6,
      kind: 'cause',
      p: list(`merveilleu(x|se|ses), grandiose(|s), majestueu(x|se|ses), époustouflant(|e|s|es)`),
    },
  ],
  love: [
    {
      w: 0.9,
      p: list(`amoureu(x|se|ses), je t'aime, je l'aime, je l'adore, je t'adore, fou de lui, folle de lui,
        fou d'elle, folle d'elle, raide dingue, coup de foudre, mon amour pour, tellement d'amour,
        aime (mes|mon|ma) (petite |petit |)(famille|mari|femme|enfants|fils|fille|copain|copine|compagnon|compagne|parents|bébé|chéri|chérie|petits-enfants),
        adore (mes|mon|ma) (enfants|petits-enfants|fils|fille|filles|mari|femme|copain|copine|compagnon|compagne|famille|parents|chéri|chérie|bébé)`),
    },
    { w: 0.45, kind: 'self', p: list(`amour, aime, adore`) },
  ],
  determination: [
    {
      w: 0.85,
      p: list(`déterminé(|e|s|es), détermination, motivé(|e|s|es), motivation, résolu(|e|s|es),
        bien décidé(|e|s|es), je lâche rien, je ne lâche rien, je ne lâcherai pas, je vais y arriver,
        rien ne m'arrêtera, rien ne va m'arrêter, gonflé(|e) à bloc`),
    },
  ],
  euphoria: [
    {
      w: 0.9,
      p: list(`euphorique(|s), euphorie, sur un petit nuage, au septième ciel, au 7e ciel,
        sur mon petit nuage`),
    },
    { w: 0.65, p: list(`je plane, planer`) },
  ],
  admiration: [
    {
      w: 0.85,
      p: list(`admiration, admire, admirais, admiratif, admirative, impressionné(|e|s|es), chapeau bas,
        bluffé(|e|s|es)`),
    },
  ],

  calm: [
    {
      w: 0.85,
      p: list(`calme(|s), tranquille(|s), zen, au calme, calmé(e|es), sereinement, apaisé(|e|s|es)`),
    },
    { w: 0.5, p: list(`relax, pépère`) },
  ],
  relief: [
    {
      w: 0.9,
      p: list(`soulagé(|e|s|es), soulagement, ouf, un poids en moins, libéré(|e|s|es), je respire enfin,
        respirer à nouveau, quel soulagement, ${SENS} (plus |)lég(er|ère|ers|ères)`),
    },
    { w: 0.6, p: list(`ça va mieux`) },
  ],
  contentment: [
    {
      w: 0.85,
      p: list(`content(|e|s|es), contentement, comblé(|e|s|es), épanoui(|e|s|es), bien dans ma peau,
        bien dans mes pompes, me ${SENS} bien, suis senti(|e) bien`),
    },
    { w: 0.5, p: list(`douillet(|te|s|tes), cocooning`) },
  ],
  gratitude: [
    {
      w: 0.9,
      p: list(`reconnaissant(|e|s|es), gratitude, reconnaissance, chanceu(x|se|ses) d'avoir,
        de la chance d'avoir, je remercie, merci la vie, béni(|e|s|es)`),
    },
    { w: 0.7, p: list(`remercier`) },
    { w: 0.55, kind: 'self', p: list(`chanceu(x|se|ses), de la chance`) },
    { w: 0.45, kind: 'self', p: list(`merci`) },
  ],
  tenderness: [
    {
      w: 0.85,
      p: list(`tendresse, attendri(|e|s|es), affection, affectueu(x|se|ses), craqué pour, craquer pour,
        mon cœur a fondu`),
    },
    { w: 0.6, kind: 'self', p: list(`fondu, fondre`) },
    { w: 0.5, p: list(`câlin(|s)`) },
    {
      w: 0.6,
      kind: 'cause',
      p: list(`attendrissant(|e|s|es), touchant(|e|s|es), mignon(|ne|s|nes), trop chou`),
    },
  ],
  closeness: [
    {
      w: 0.85,
      p: list(`proche(|s) de (lui|elle|eux|elles|toi|ma|mon|mes|ses), proximité, complicité,
        connecté(|e|s|es) à, connecté(|e|s|es) avec, en phase, on s'est rapproché(|e|s|es),
        nous nous sommes rapproché(|e|s|es), compris(|e) par, me sens compris(|e), écouté(|e) par,
        soudé(|e|s|es), lien(|s) fort(|s), ${SENS} aimé(|e|s|es)`),
    },
    { w: 0.7, p: list(`complice(|s)`) },
  ],
  safety: [
    {
      w: 0.85,
      p: list(`en sécurité, sécurité intérieure, à l'abri, entre de bonnes mains, sentiment de sécurité,
        ${SENS} protégé(|e|s|es)`),
    },
    { w: 0.6, kind: 'self', p: list(`protégé(|e|s|es)`) },
  ],
  serenity: [{ w: 0.9, p: list(`serein(|e|s|es), sérénité`) }],
  peace: [
    {
      w: 0.85,
      p: list(`en paix, paisible(|s), apaisement, paix intérieure, l'esprit tranquille, sentiment de paix`),
    },
    { w: 0.5, kind: 'self', p: list(`paix`) },
  ],
  acceptance: [
    {
      w: 0.85,
      p: list(`acceptation, j'accepte, je l'accepte, j'ai accepté, accepter la situation, lâcher prise,
        lâché prise`),
    },
    { w: 0.6, p: list(`c'est comme ça, faire avec, fais avec, faire le deuil de`) },
    { w: 0.45, p: list(`tant pis`) },
  ],
  belonging: [
    {
      w: 0.85,
      p: list(`appartenance, à ma place, fait partie de la famille, intégré(|e|s|es), accueilli(|e|s|es),
        adopté(|e|s|es) par, comme en famille, comme à la maison, ${SENS} chez moi`),
    },
    { w: 0.6, p: list(`fais partie, faire partie`) },
  ],
  satisfaction: [
    {
      w: 0.85,
      p: list(`satisfait(|e|s|es), satisfaction, accompli(|e|s|es), le travail bien fait,
        du travail bien fait, le sentiment du devoir accompli, content(|e) du résultat,
        content(|e) de mon travail`),
    },
    {
      w: 0.6,
      kind: 'cause',
      p: list(`satisfaisant(|e|s|es), gratifiant(|e|s|es), journée productive`),
    },
  ],
  nostalgia: [
    {
      w: 0.9,
      p: list(`nostalgique(|s), nostalgie, le bon vieux temps, c'était le bon temps, souvenirs d'enfance,
        mélancolie, mélancolique(|s)`),
    },
    { w: 0.45, p: list(`ça me rappelle, ça m'a rappelé, souvenirs, à l'époque`) },
  ],
  comfort: [
    {
      w: 0.85,
      p: list(`réconforté(|e|s|es), réconfort, consolé(|e|s|es), rassuré(|e|s|es), bercé(|e|s|es)`),
    },
    { w: 0.6, kind: 'cause', p: list(`réconfortant(|e|s|es), rassurant(|e|s|es), cocon`) },
  ],
  relaxation: [
    {
      w: 0.85,
      p: list(`détendu(|e|s|es), détente, relaxé(|e|s|es), décompresser, décompressé, reposé(|e|s|es),
        me poser, farniente`),
    },
    { w: 0.6, kind: 'cause', p: list(`relaxant(|e|s|es), reposant(|e|s|es), apaisant(|e|s|es)`) },
  ],
  compassion: [
    {
      w: 0.85,
      p: list(`compassion, de la peine pour, mal pour (lui|elle|eux|elles), compatir, compatis, empathie,
        mon cœur saigne pour, pitié pour`),
    },
  ],

  anxiety: [
    {
      w: 0.9,
      p: list(`anxieu(x|se|ses), anxiété, angoisse(|s), angoissé(e|es), angoisser, angoissais,
        la boule au ventre, boule au ventre, nœud à l'estomac, noeud au ventre, ventre noué,
        inquiet(|e|s|es), inquiétude(|s), inquiéter, inquiétais, inquiétait, je m'en fais, du souci,
        me faire du souci, soucieu(x|se|ses), je rumine, ruminer, ruminé, ruminations, je cogite,
        appréhension, appréhende, appréhendais, redoute, redoutais, (la |)gorge (serrée|nouée),
        tourne en boucle, ça tourne dans ma tête, ressasse, ressasser, ressassais`),
    },
    { w: 0.65, kind: 'cause', p: list(`angoissant(|e|s|es), inquiétant(|e|s|es), anxiogène(|s)`) },
  ],
  fear: [
    {
      w: 0.9,
      p: list(`peur, effrayé(|e|s|es), terrifié(|e|s|es), terreur, apeuré(|e|s|es), pétrifié(|e|s|es),
        la trouille, les jetons, la frousse, une peur bleue, flippé(|e|s|es), je flippe, flipper,
        ça me fait peur, ça m'a fait peur, me fait flipper, crainte, je crains, craignais, effroi,
        froid dans le dos`),
    },
    {
      w: 0.65,
      kind: 'cause',
      p: list(`effrayant(|e|s|es), terrifiant(|e|s|es), flippant(|e|s|es), terrorisant(|e|s|es)`),
    },
  ],
  anger: [
    {
      w: 0.9,
      p: list(`colère, en colère, furieu(x|se|ses), fureur, furax, rage, enragé(|e|s|es), j'enrage,
        hors de moi, fou de rage, folle de rage, en pétard, vénère, vener, énervé(|e|s|es),
        sortir de mes gonds, sorti(|e) de mes gonds, voir rouge, vu rouge, je bouillonne, bouillonnais,
        fâché(|e|s|es), me fâcher, je rage, la haine, ${AVOIR} la rage, pris(|e) la mouche, j'ai explosé,
        péter un câble, pété un câble, pété les plombs, péter les plombs`),
    },
    { w: 0.6, kind: 'cause', p: list(`rageant(|e|s|es), exaspérant(|e|s|es)`) },
    { w: 0.45, kind: 'self', p: list(`déteste, détestais, haine`) },
  ],
  frustration: [
    {
      w: 0.9,
      p: list(`frustré(|e|s|es), frustration, en peux plus de, ras le bol, raz le bol, marre, ma claque, ${AVOIR} le seum, le seum, ${AVOIR} les boules, ça me gave,
        gavé(|e|s|es), à bout de nerfs, je tourne en rond, tourner en rond`),
    },
    { w: 0.65, kind: 'cause', p: list(`frustrant(|e|s|es)`) },
    { w: 0.5, p: list(`pas moyen, coincé(|e) dans`) },
  ],
  irritation: [
    {
      w: 0.85,
      p: list(`agacé(|e|s|es), agacement, irrité(|e|s|es), irritation, irritable(|s), m'agace, m'agaçait,
        m'énerve, m'énervait, m'a énervé(|e), m'énervent, me saoule, me saoulait, me saoulent, me soûle,
        me gonfle, me tape sur les nerfs, tapé sur les nerfs, me (rend|rendent|rendait|rendaient) (dingue|fou|folle|chèvre|malade), sur les nerfs, de mauvaise humeur,
        mauvaise humeur, ronchon(|ne|s|nes), grognon(|ne|s|nes), exaspéré(|e|s|es), excédé(|e|s|es),
        pff, pfff, grr, grrr`),
    },
    {
      w: 0.65,
      kind: 'cause',
      p: list(`agaçant(|e|s|es), énervant(|e|s|es), irritant(|e|s|es), chiant(|e|s|es), relou(|s),
        saoulant(|e|s|es), soûlant(|e|s|es), pénible(|s)`),
    },
  ],
  jealousy: [
    {
      w: 0.9,
      p: list(`jalou(x|se|ses), jalousie, envieu(x|se|ses), j'envie, je les envie, je lui envie,
        vert(|e) de jalousie`),
    },
  ],
  stress: [
    {
      w: 0.9,
      p: list(`stressé(|e|s|es), stress, stresser, stressais, stressait, sous pression, en stress,
        tendu comme un arc`),
    },
    { w: 0.75, p: list(`la pression`) },
    { w: 0.65, kind: 'cause', p: list(`stressant(|e|s|es)`) },
    { w: 0.6, p: list(`speed, le rush`) },
    { w: 0.4, p: list(`charrette, pression`) },
  ],
  overwhelm: [
    {
      w: 0.9,
      p: list(`débordé(|e|s|es), débordement, dépassé(|e|s|es), submergé(|e|s|es), sous l'eau,
        la tête sous l'eau, noyé(|e|s|es), trop pour moi, j'arrive plus à suivre, n'arrive plus à suivre,
        je craque, j'ai craqué, craquer, enseveli(|e) sous, je ne m'en sors pas, je m'en sors pas,
        je sature, saturé(|e|s|es), au bord de l'implosion, en peux plus, à bout`),
    },
    { w: 0.7, p: list(`trop de choses`) },
  ],
  nervousness: [
    {
      w: 0.9,
      p: list(`nerveu(x|se|ses), nervosité, trac, papillons dans le ventre, fébrile(|s), boule de nerfs,
        sur les charbons ardents`),
    },
    { w: 0.6, p: list(`les nerfs`) },
  ],
  resentment: [
    {
      w: 0.9,
      p: list(`ressentiment, rancune, rancuni(er|ère|ers|ères), amertume, (lui|leur) en (veux|voulais|voudrai), en (veux|voulais) (encore |toujours |tellement |vraiment |)à,
        (ne |)lui pardonne (pas|jamais), (ne |)leur pardonne (pas|jamais), pas digéré, garder rancune,
        la dent contre, ${SENS} am(er|ère)`),
    },
    { w: 0.6, kind: 'self', p: list(`am(er|ère|ers|ères)`) },
  ],
  disgust: [
    {
      w: 0.9,
      p: list(`dégoût, dégoûté(|e|s|es) par, écœuré(|e|s|es), répugné(|e|s|es), révulsé(|e|s|es), me dégoûte,
        ça me répugne, me donne la nausée, beurk, berk, pouah`),
    },
    {
      w: 0.65,
      kind: 'cause',
      p: list(`dégoûtant(|e|s|es), écœurant(|e|s|es), répugnant(|e|s|es), immonde(|s), dégueulasse(|s),
        dégueu, ignoble(|s)`),
    },
    { w: 0.45, p: list(`la nausée, envie de vomir`) },
  ],
  embarrassment: [
    {
      w: 0.9,
      p: list(`gêné(|e|s|es), embarrassé(|e|s|es), mal à l'aise, rougi, rouge comme une tomate,
        rouge de honte, me cacher dans un trou, disparaître sous terre, la honte`),
    },
    { w: 0.6, kind: 'cause', p: list(`gênant(|e|s|es), embarrassant(|e|s|es), awkward, cringe`) },
    { w: 0.45, p: list(`malaise`) },
  ],
  tension: [
    {
      w: 0.85,
      p: list(`tendu(|e|s|es), tension(|s), crispé(|e|s|es), à cran, sur le qui-vive, les nerfs à vif,
        nerfs à vif, sur les dents, mâchoire serrée, marcher sur des œufs`),
    },
    { w: 0.6, p: list(`noué(|e|s|es)`) },
  ],
  impatience: [
    {
      w: 0.85,
      p: list(`impatient(|e|s|es), impatience, je trépigne, trépigner, j'en peux plus d'attendre,
        n'en peux plus d'attendre, bouillir d'impatience, bous d'impatience, perdre patience,
        perdu patience, à bout de patience, hâte d'en finir, hâte que (ça|ce|tout) (se termine|soit fini|finisse)`),
    },
    { w: 0.6, p: list(`ça traîne`) },
  ],
  panic: [
    {
      w: 0.9,
      p: list(`paniqué(|e|s|es), paniquer, paniquais, crise de panique, crise d'angoisse,
        crises d'angoisse, affolé(|e|s|es), affolement, je n'arrivais plus à respirer,
        j'arrivais plus à respirer, le cœur qui bat la chamade, le cœur qui s'emballe`),
    },
    { w: 0.65, p: list(`cœur battant, (bat|battait|battre) à tout rompre, (bat|battait) la chamade`) },
  ],
  indignation: [
    {
      w: 0.9,
      p: list(`indigné(|e|s|es), indignation, outré(|e|s|es), scandalisé(|e|s|es), révolté(|e|s|es),
        injustice, comment ose, comment osent, c'est inadmissible, c'est honteux, c'est une honte`),
    },
    { w: 0.7, p: list(`choqué(|e|s|es)`) },
    {
      w: 0.6,
      kind: 'cause',
      p: list(`révoltant(|e|s|es), scandaleu(x|se|ses), inadmissible(|s), inacceptable(|s), injuste(|s)`),
    },
  ],

  sadness: [
    {
      w: 0.9,
      p: list(`triste(|s), tristesse, ${AVOIR} le cafard, coup de cafard, déprimé(|e|s|es),
        le moral à zéro, pas le moral, pas trop le moral, plus le moral, le moral dans les chaussettes,
        le moral en berne, malheureu(x|se|ses), abattu(|e|s|es), morose(|s), le cœur lourd, le cœur gros,
        le blues, le bourdon, pleuré, je pleure, pleurais, pleurer, en larmes, les larmes aux yeux,
        fondu en larmes, fondre en larmes, peiné(|e|s|es), de la peine, le cœur brisé, cœur brisé,
        anéanti(|e|s|es), dévasté(|e|s|es), effondré(|e|s|es), envie de pleurer,
        ${SENS} lourd(|e|s|es), (me |)(brise|brisait|a brisé|fend|fendait) le cœur`),
    },
    { w: 0.7, p: list(`down`) },
    { w: 0.6, kind: 'cause', p: list(`déprimant(|e|s|es), navrant(|e|s|es), attristant(|e|s|es)`) },
    { w: 0.55, p: list(`larmes, sanglots, sangloté, chialé, chialer`) },
  ],
  loneliness: [
    {
      w: 0.9,
      p: list(`${SENS} seul(|e|s|es), sentiment de solitude, isolé(|e|s|es), isolement,
        personne à qui parler, personne ne me (comprend|voit|remarque|calcule|regarde), personne ne m'écoute, tout le monde s'en fiche,
        ${SENS} exclu(|e|s|es), mis(|e) à l'écart, laissé(|e) de côté, délaissé(|e|s|es),
        ${SENS} abandonné(|e|s|es)`),
    },
    { w: 0.7, p: list(`solitude`) },
    { w: 0.6, kind: 'self', p: list(`tout(|e) seul(|e), invisible(|s), exclu(|e|s|es)`) },
    { w: 0.85, kind: 'self', p: list(`(le|la) plus seul(|e)`) },
    { w: 0.45, kind: 'self', p: list(`seul(|e|s|es)`) },
  ],
  disappointment: [
    {
      w: 0.9,
      p: list(`déçu(|e|s|es), déception, désillusion, désenchanté(|e|s|es), tombé(|e) de haut,
        douche froide, je m'attendais à mieux`),
    },
    { w: 0.9, p: list(`dégoûté(|e|s|es) (que|qu')`) },
    // Everyday French « je suis dégoûtée » is being gutted; « dégoûtée par » (disgust) is listed there.
    { w: 0.7, p: list(`dégoûté(|e|s|es)`) },
    { w: 0.65, kind: 'cause', p: list(`décevant(|e|s|es)`) },
    { w: 0.45, kind: 'cause', p: list(`dommage`) },
  ],
  hurt: [
    {
      w: 0.9,
      p: list(`blessé(|e|s|es), blessure, m'a blessé(|e), m'a fait mal, vexé(|e|s|es), froissé(|e|s|es),
        trahi(|e|s|es), trahison, rejeté(|e|s|es), poignardé(|e) dans le dos, piqué(|e) au vif`),
    },
    { w: 0.7, p: list(`rejet`) },
    { w: 0.6, kind: 'cause', p: list(`blessant(|e|s|es), vexant(|e|s|es)`) },
  ],
  shame: [
    {
      w: 0.9,
      p: list(`honte, honteu(x|se|ses), humilié(|e|s|es), humiliation, je me déteste, pas à la hauteur,
        je suis nul(|le), je suis une merde, je me dégoûte, je me sens nul(|le),
        ${SENS} (minuscule|bête|idiot|idiote|stupide|inutile|inutiles), (déteste|détestais) mon (corps|physique|reflet),
        me trouve (moche|laid|laide|nulle|gros|grosse)`),
    },
    { w: 0.6, kind: 'cause', p: list(`humiliant(|e|s|es)`) },
    { w: 0.6, kind: 'self', p: list(`minable(|s), une ratée, un raté`) },
  ],
  guilt: [
    {
      w: 0.9,
      p: list(`coupable(|s), culpabilité, culpabilise, culpabiliser, culpabilisais,
        m'en (veux|voulais|voudrais), ma faute, remords, mauvaise conscience`),
    },
    {
      w: 0.75,
      p: list(`regrette, regrettais, regrets, (n'|)aurais pas dû`),
    },
    { w: 0.6, p: list(`j'aurais dû`) },
  ],
  discouragement: [
    {
      w: 0.9,
      p: list(`découragé(|e|s|es), découragement, démotivé(|e|s|es), démotivation, baisser les bras,
        baissé les bras, je baisse les bras, j'abandonne, (me |)paraît inutile, tout est inutile, envie de tout lâcher,
        envie de tout laisser tomber, plus la force, plus l'énergie de, plus envie de rien, envie de rien,
        lassitude`),
    },
    { w: 0.75, p: list(`sert à rien, las, lassé(|e|s|es)`) },
    { w: 0.85, kind: 'cause', p: list(`à quoi bon`) },
    { w: 0.6, kind: 'cause', p: list(`décourageant(|e|s|es), démoralisant(|e|s|es)`) },
    { w: 0.6, p: list(`j'ai abandonné`) },
  ],
  emptiness: [
    {
      w: 0.9,
      p: list(`${SENS} vide, sentiment de vide, un vide, creu(x|se|ses) à l'intérieur, sans but,
        rien n'a de sens, un trou dans la poitrine`),
    },
    { w: 0.7, p: list(`plus de sens`) },
    { w: 0.7, kind: 'self', p: list(`vide`) },
  ],
  boredom: [
    {
      w: 0.9,
      p: list(`ennui, ennuie, ennuyais, ennuyait, ennuyer, ennuyé(|e|s|es), je m'emmerde, je me fais chier,
        ennuie à mourir`),
    },
    {
      w: 0.6,
      kind: 'cause',
      p: list(`ennuyeu(x|se|ses), rasoir, barbant(|e|s|es), monotone(|s), soporifique(|s)`),
    },
    { w: 0.45, p: list(`rien à faire, bof`) },
  ],
  tiredness: [
    {
      w: 0.9,
      p: list(`fatigué(|e|s|es), épuisé(|e|s|es), épuisement, crevé(|e|s|es), claqu(ée|és|ées), suis claqué,
        lessiv(ée|és|ées), suis lessivé, vanné(|e|s|es), naze(|s), nase(|s), sur les rotules, à plat, mort(|e) de fatigue,
        vidé(e|s|es), exténué(|e|s|es), éreinté(|e|s|es), rinc(ée|és|ées), suis rincé, au bout du rouleau,
        plus d'énergie, pas d'énergie, aucune énergie, burn-out, burnout, je tombe de sommeil,
        tomber de sommeil, les yeux qui piquent, à bout de souffle`),
    },
    { w: 0.7, p: list(`hs, ko`) },
    {
      w: 0.6,
      kind: 'cause',
      p: list(`épuisant(|e|s|es), fatigant(|e|s|es), crevant(|e|s|es), usant(|e|s|es)`),
    },
  ],
  numbness: [
    {
      w: 0.9,
      p: list(`engourdi(|e|s|es), engourdissement, ${RESSENS} rien, ${RESSENS} plus rien, ${SENS} plus rien,
        ${SENS} rien, anesthésié(|e|s|es), comme un robot, en pilote automatique, pilote automatique,
        insensible(|s), coupé(|e) de mes émotions, rien ne me touche, plus rien ne me touche,
        m'en (fiche|fous) de tout, comme éteint(|e), spectat(eur|rice) de ma vie`),
    },
    { w: 0.6, kind: 'self', p: list(`éteint(|e|s|es), déconnecté(|e|s|es)`) },
  ],
  grief: [
    {
      w: 0.9,
      p: list(`chagrin, deuil, en deuil, faire mon deuil,
        perdu (mon|ma) (mère|père|maman|papa|grand-mère|grand-père|mamie|papi|frère|sœur|ami|amie|meilleure amie|meilleur ami|mari|femme|fils|fille|bébé|chien|chat|chienne),
        depuis (sa|son) décès, depuis sa mort, depuis qu'(il|elle) est parti(|e), le manque de (lui|elle)`),
    },
  ],
  helplessness: [
    {
      w: 0.9,
      p: list(`impuissant(|e|s|es), impuissance, démuni(|e|s|es), désarmé(|e|s|es), pris(|e) au piège,
        piégé(|e|s|es), je ne peux rien faire, je peux rien faire, rien que je puisse faire, les mains liées`),
    },
    { w: 0.6, p: list(`ça me dépasse`) },
  ],
  vulnerability: [
    {
      w: 0.9,
      p: list(`vulnérable(|s), vulnérabilité, fragilité, à fleur de peau, sans défense, écorché(|e) vi(f|ve),
        ${SENS} fragile(|s), ${SENS} exposé(|e|s|es)`),
    },
    { w: 0.7, p: list(`à nu`) },
    { w: 0.6, kind: 'self', p: list(`fragile(|s), exposé(|e|s|es)`) },
  ],
  despair: [
    {
      w: 0.9,
      p: list(`désespoir, désespéré(|e|s|es), sans espoir, aucun espoir, plus d'espoir, au fond du trou,
        vois pas le bout, sans issue, aucune issue, plus rien ne compte, (touche|toucher|touchais) le fond,
        perdu (tout |)espoir, perdre espoir`),
    },
  ],
  longing: [
    {
      w: 0.9,
      p: list(`(me|m') manque(|s|nt), (me|m') manquai(s|t|ent), en manque de (lui|elle|toi|eux), mal du pays,
        languir, je languis, nostalgie de (lui|elle|toi)`),
    },
  ],
  ambivalence: [
    {
      w: 0.9,
      p: list(`partagé(|e|s|es) entre, sentiments mitigés, mitigé(|e|s|es), ambivalent(|e|s|es),
        ambivalence, tiraillé(|e|s|es), le cul entre deux chaises, entre deux chaises, doux-amer,
        douce-amère, sentiments contradictoires, mélange d'émotions, mélange de sentiments`),
    },
    { w: 0.6, p: list(`une partie de moi, d'un côté`) },
    { w: 0.7, kind: 'self', p: list(`partagé(|e|s|es)`) },
  ],
  'not-sure': [
    {
      w: 0.9,
      p: list(`(ne |)sais pas (trop |vraiment |)ce que je (ressens|ressentais|sens|vis),
        (ne |)sais pas (trop |vraiment |)comment je me sens, (ne |)sais plus (trop |)ce que je (ressens|sens),
        (ne |)sais plus où j'en suis, (n'|)arrive pas à (mettre des mots|nommer ce que je ressens),
        difficile de mettre des mots, me ${SENS} bizarre, sentiment étrange, me sens étrange,
        bizarre dans ma tête, perdu(|e) dans mes émotions, un peu perdu(|e),
        je suis perdu(|e), me sens perdu(|e)`),
    },
    { w: 0.6, p: list(`confus(|e|es)`) },
    { w: 0.45, kind: 'self', p: list(`perdu(|e|s|es)`) },
  ],
};

const FR_NEUTRAL = list(`
  (film|films|roman|livre|histoire|série) (de|d') (peur|horreur|amour), film (triste|drôle|marrant),
  joyeux (anniversaire|noël), bonne (année|fête), (la|le|les|un|une|des) seul(|e|s|es), seul(|e) à seul(|e),
  seul(|e) moyen, tout seul(|e) comme un grand, calme plat,
  manque de (sommeil|temps|moyens|place|sel|chance|bol|pot|argent|personnel|preuves|vitamines|sucre|lumière|pratique|expérience),
  sécurité (sociale|routière|informatique), ceinture de sécurité, consignes de sécurité, vide-grenier,
  sous vide, je vide (le|la|les|mon|ma|mes), vidé (le|la|les|mon|ma|mes|son|sa|ses),
  vider (le|la|les|mon|ma|mes|son|sa|ses),
  (le|la|les|un|une|mon|ma|son|sa) (frigo|réservoir|verre|bouteille|appartement|maison|salle|rue|boîte|carton|placard|pièce|pièces|rues) vide(|s),
  à vide, rage de dents, traité de paix, fiche-moi la paix, fous-moi la paix, foutez-moi la paix,
  laisse-moi en paix, laisse-moi tranquille, me laisse tranquille, laisser tranquille, ko technique,
  la pression (des pneus|artérielle|atmosphérique), bière pression, une pression, tension (artérielle|électrique),
  haute tension, basse tension, calme avant la tempête,
  (mal|blessé|blessée|blessure) (au|à la|aux) (dos|genou|genoux|pied|pieds|cheville|poignet|bras|jambe|épaule|main|tête|cou|doigt),
  blessé(|e|s|es) (grave|graves|léger|légers|légère|légères), les blessés, un blessé, une blessée,
  exposé (oral|écrit), un exposé, mon exposé, son exposé, fragile (colis|paquet), à plat ventre, pneu à plat,
  batterie à plat, content de te voir, contente de te voir, trop la flemme,
  perdu (mes|ma|mon|les|la|le) (clés|clefs|portefeuille|téléphone|portable|carte|lunettes|sac|chemin|temps|match|partie|pari),
  perdu du temps, coincé(|e|s|es) dans les (bouchons|embouteillages), goût amer, chocolat amer, se calmer, rire jaune, éclat de rire, drôle de, sans souci,
  pas de souci, aucun souci, poussé(|e) à bout, pousser à bout, cas isolé(|s), incident isolé, pneu crevé, stock épuisé, épuisé en magasin, des soucis de, rien à voir, rien à faire de
`);

const FR_GRAMMAR: MirrorGrammar = {
  negators: list(`pas, pas du tout, plus du tout, jamais, plus jamais, jamais plus, rien, sans, aucun, aucune,
    ni, nullement, à peine, non plus, manque de, manqué de, zéro, impossible de, impossible d', incapable de,
    incapable d'`),
  shortNegators: list(`sans, aucun, aucune, zéro, manque de, manqué de`),
  negatorsAfterNe: list(`plus, guère, point`),
  postNegators: list(`pas, jamais, point`),
  negationClosers: list(
    `pas, plus, point, rien, personne, aucun, aucune, jamais, guère, nullement, nulle part`,
  ),
  negationCancellers: list(`seulement, que, qu', uniquement, juste, mal`),
  persistVerbs: list(`arrête, arrêtais, arrêter, arrêté, cesse, cessais, cesser, empêcher, empêche`),
  comparatives: list(`aussi, si, autant, plus, tant, mieux`),
  comparativeNegators: list(`jamais, plus jamais`),
  intensifiers: list(`très, trop, vraiment, tellement, super, hyper, profondément, complètement, totalement,
    extrêmement, terriblement, énormément, vachement, carrément, archi, ultra, méga, si, tant, franchement,
    absolument, incroyablement, follement, particulièrement, sacrément, affreusement, horriblement,
    de plus en plus, encore plus, bien, fort, grave, trop trop, tellement tellement, tout, toute,
    tellement de, trop de, beaucoup de, une telle, un tel, immensément, infiniment, d'une telle`),
  postIntensifiers: list(`à fond, de ouf, à mort, comme jamais, grave, au plus haut point, plus que jamais,
    comme pas possible, de fou, énormément, terriblement`),
  diminishers: list(`un peu, un petit peu, un peu de, légèrement, plutôt, un brin, un poil, quelque peu,
    vaguement, moyennement, limite, presque, assez, un tantinet, pas très`),
  fillers: list(
    `suis, étais, était, est, me, sens, sentais, senti, sentie, ai, avais, été, de, d', en, la, le`,
  ),
  scopeBreakers:
    list(`mais, pourtant, cependant, par contre, alors que, tandis que, parce que, parce qu', car,
    puisque, et, donc, sinon, quand même, au contraire, ou`),
  irrealis: list(`si je, si j', si on, si tu, si nous, voudrais, voudrait, aimerais, aimerait, veux être,
    veux me sentir, voulais être, envie d'être, envie de me sentir, essaie de, essaye de, essaie d', essayer de,
    essayer d', tenter de, faut, faudrait, devrais, dois, pourrais, serais, serait, rester, besoin d'être,
    besoin de me sentir, apprendre à, espère être, fais semblant, faire semblant, ferais, peur d'être`),
  imperatives: list(`sois, soyez, soyons, reste, restez, restons`),
  topicMarkers:
    list(`sur le, sur la, sur l', sur les, à propos de, à propos du, à propos de la, à propos de l',
    au sujet de, au sujet du, au sujet de la, parler de la, parler du, parlait de la, parlait du, parle de la,
    parle du`),
  attributiveNouns:
    list(`personne, personnes, gens, chanson, chansons, film, films, histoire, histoires, livre,
    livres, roman, personnage, personnages, visage, visages, musique, fin, scène, photo, photos, poème, poèmes,
    gardien, âme, âmes, regard, sourire, voix, homme, femme, enfant, enfants, garçon, fille, type, chiot,
    chien, chat, fantôme, clown, nouvelle, mélodie, paroles, série, épisode, air`),
  nounBeforeAdjective: true,
  firstPerson: list(`je, j', me, m', moi, nous, on, chuis, jsuis`),
  firstPossessive: list(`mon, ma, mes, notre, nos`),
  firstPersonAfter: [],
  otherPerson: list(`il, elle, ils, elles, tu, t', vous`),
  indefinitePersons: list(`quelqu'un, chacun, chacune`),
  otherPossessive: list(`son, sa, ses, leur, leurs, ton, ta, tes, votre, vos`),
  reflexiveOther: list(`se, s'`),
  impersonalAfterIl: list(`y, faut, fallait, fait, faisait, pleut, pleuvait, reste, paraît, s'`),
  prepositions: list(`avec, pour, contre, de, d', chez, sans, à, envers, par, sur, vers, entre, comme`),
  personNouns:
    list(`mère, père, maman, papa, parents, sœur, soeur, sœurs, frère, frères, chef, cheffe, patron,
    patronne, manager, mari, femme, copain, copine, copains, copines, compagnon, compagne, conjoint, conjointe,
    ami, amie, amis, amies, pote, potes, collègue, collègues, fils, fille, filles, enfant, enfants, bébé,
    gamin, gamine, gamins, mamie, papi, tante, oncle, cousin, cousine, prof, profs, professeur, professeure,
    médecin, docteur, psy, voisin, voisine, voisins, coloc, colocataire, équipe, famille, gens, monde, chat,
    chien, chienne, mec, meuf, client, cliente, clients, élève, élèves, ex, frangin, frangine, directeur,
    directrice, responsable, infirmière, homme, autres`),
  subjectVerbs: list(`est, était, a, avait, semble, semblait, paraît, paraissait, se, s', reste, restait,
    sont, étaient, ont, avaient, sera, serait, qui, devient, devenait, ne, n', y, en, aussi, toujours`),
  notNames: list(`aujourd'hui, hier, demain, ce, c', ça, cela, ceci, tout, rien, le, la, les, l', un, une,
    et, mais, donc, alors, puis, ensuite, enfin, bref, bon, oui, non, ok, franchement, honnêtement, vraiment,
    journée, soirée, matin, soir, nuit, semaine, boulot, travail, vie, lundi, mardi, mercredi, jeudi,
    vendredi, samedi, dimanche, quelle, quel, quoi, pourquoi, comment, quand, encore, toujours, déjà,
    humeur, dieu, personne`),
  stopWords:
    list(`je, j', le, la, les, de, des, du, d', et, est, un, une, pas, ne, n', que, qu', il, elle, ils,
    elles, suis, mon, ma, mes, c', ce, ça, cela, au, aux, pour, avec, mais, très, trop, plus, qui, dans,
    sur, se, s', nous, vous, ai, était, fait, tout, bien, sens, moi, m', aujourd'hui, encore, aussi,
    vraiment, comme, quand, parce, l', t', tu, ta, sa, ses, leur, cette, ces, être, avoir, été, rien,
    jamais, peu, chez, depuis, sans, j'ai`),
};

/** The mirror's data per language. */
export const MIRROR_LANGUAGES: Readonly<Record<ContentLang, MirrorLanguage>> = {
  en: { lexicon: EN_LEXICON, neutral: EN_NEUTRAL, grammar: EN_GRAMMAR },
  fr: { lexicon: FR_LEXICON, neutral: FR_NEUTRAL, grammar: FR_GRAMMAR },
};
