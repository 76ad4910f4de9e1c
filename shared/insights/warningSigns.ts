import { z } from 'zod';
import type { ContentLang } from '../content/emotions';

// The warning-sign engine (CONTENT.md, "The on-device mirror"): deterministic phrase rules, French and
// English, that notice words which sometimes go with suicidal ideation, self-harm, partner violence or
// sexual coercion. It never diagnoses, never scores, never blocks writing and never contacts anyone:
// it returns what matched and where, so the UI can say "you wrote words that sometimes go with…" and
// gently offer the crisis screen. Recall comes first; false positives on ordinary entries are measured
// (tests/bench/warningSignsEval.ts) and kept low with narrow `unless` windows rather than by dropping
// phrasings. Pure data and string work: no Node, Electron or DOM.

/** What the engine can notice. Stable ids: the UI maps them to wording and help resources. */
export const WARNING_CATEGORIES = [
  'suicidal-ideation',
  'self-harm',
  'partner-violence',
  'sexual-coercion',
] as const;
/** Validates a category name. */
export const WarningCategorySchema = z.enum(WARNING_CATEGORIES);
/** One kind of warning sign. */
export type WarningCategory = z.infer<typeof WarningCategorySchema>;

/** A phrase the engine noticed. Offsets index the ORIGINAL text (UTF-16 code units, end exclusive). */
export interface WarningMatch {
  category: WarningCategory;
  /** The rule that fired, for explaining the match and for tests; never shown as a verdict. */
  ruleId: string;
  start: number;
  end: number;
  /** Always `text.slice(start, end)`: the user's own words, unchanged. */
  excerpt: string;
}

/** Validates a match crossing a process boundary. */
export const WarningMatchSchema = z
  .object({
    category: WarningCategorySchema,
    ruleId: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    excerpt: z.string().min(1),
  })
  .refine((m) => m.end > m.start, { message: 'end must follow start' });

/**
 * A phrase rule. `pattern` runs on the normalised text (lowercase, accents stripped, typographic
 * apostrophes straightened, whitespace collapsed), so it is written in plain lowercase ASCII.
 * `unless`, when set, is tested on a small window around the match (the match itself plus up to
 * {@link UNLESS_WINDOW} characters either side, cut at sentence ends) and cancels it: negations
 * ("i don't want to die") and idioms ("ready to die on this hill", « mourir de rire »).
 * Patterns stay linear: bounded repetitions only, never a quantified group inside a quantified group
 * except the bounded filler `(?:[\w'-]+ ){0,n}`.
 */
export interface WarningRule {
  readonly id: string;
  readonly category: WarningCategory;
  readonly lang: ContentLang;
  readonly pattern: RegExp;
  readonly unless?: RegExp;
}

/** Validates a rule's shape (ids are kebab-case and prefixed by their language). */
export const WarningRuleSchema = z.object({
  id: z.string().regex(/^(en|fr)(-[a-z0-9]+)+$/, 'lang-prefixed kebab-case id'),
  category: WarningCategorySchema,
  lang: z.enum(['en', 'fr']),
  pattern: z.instanceof(RegExp),
  unless: z.instanceof(RegExp).optional(),
});

/** Characters examined on each side of a match by a rule's `unless`. */
export const UNLESS_WINDOW = 30;

/** Builds a pattern from a raw template, so shared vocabulary below can be spliced in readably. */
const re = (parts: TemplateStringsArray, ...vocab: string[]): RegExp =>
  new RegExp(String.raw(parts, ...vocab));

// Shared vocabulary. A "partner" subject keeps violence verbs from firing on balls, babies and ideas.
const PARTNER_EN = String.raw`(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|spouse|fiancee?|other half|hubby))`;
const PARTNER_FR = String.raw`(?:il|elle|(?:mon|son) (?:mari|copain|conjoint|compagnon|ex|partenaire|petit ami|petit-ami|fiance|mec|concubin)|(?:ma|sa) (?:femme|copine|compagne|conjointe|partenaire|petite amie|petite-amie|fiancee|meuf|ex|concubine))`;
/** English negation right before a wish ("don't want", "never wished"). */
const NEG_EN = String.raw`(?:don'?t|do not|didn'?t|did not|doesn'?t|does not|never|not|no longer|won'?t)`;

/** "Suicid…" is spelled alike in both languages, so both rules share one negation: "not suicidal", « pas suicidaire ». */
const NOT_SUICIDAL = String.raw`suicide squad|suicide bomb|\b(?:not|never|no longer|isn'?t|wasn'?t|aren'?t) (?:really |at all |actually )?suicidal|\b(?:ne suis|suis|n'etais|etais|n'est|est) (?:pas|plus|jamais) (?:vraiment |du tout )?suicidaire`;

const SI = 'suicidal-ideation';
const SH = 'self-harm';
const PV = 'partner-violence';
const SC = 'sexual-coercion';

/** Every rule, English then French, grouped by category. Order only breaks ties at equal offsets. */
export const WARNING_RULES: readonly WarningRule[] = [
  // ── English · suicidal ideation ────────────────────────────────────────────────────────────────
  {
    id: 'en-si-want-to-die',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:(?:want(?:s|ed|ing)?|wish(?:es|ed)?|ready|longing|plan(?:s|ned|ning)?|deserve) (?:[\w'-]+ ){0,3}to|wanna(?: [\w'-]+){0,2}|want to be|wish i (?:was|were|could be)|better off) (?:die|dead)\b/,
    unless: re`${NEG_EN} (?:really |even |ever |actually |just )?(?:want(?:s|ed)?|wanna|wish(?:ed)?|plan(?:ned)?|deserve) (?:[\w'-]+ ){0,3}(?:die|dead)\b|to die (?:of|from|for|laughing|on (?:this|that|the) hill|happy|old|with my boots)\b|to die for\b`,
  },
  {
    id: 'en-si-dont-want-to-live',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:don'?t|do not|dont|no longer|never) (?:really |even |ever |just )?(?:want|wanna|wish|feel like) (?:to )?(?:live|living|exist|existing|be alive|being alive|be here|be around|go on|going on)\b(?! (?:in|at|on|near|abroad|there|with|together|somewhere|anywhere|by|under|next|close|far|across|alone|for|during|when|tonight|today|tomorrow|this|through|until|into|up|like that|holiday|vacation)\b)(?!-)/,
  },
  {
    id: 'en-si-never-wake-up',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:never (?:to )?wake up|(?:hope|hoping|wish|pray|praying) (?:that )?i (?:don'?t|won'?t|do not|will not|never) wake up|don'?t want to wake up)\b(?! (?:before|early|late|on time|at|until|till|in time|for))/,
  },
  {
    id: 'en-si-cant-go-on',
    category: SI,
    lang: 'en',
    pattern:
      /\bcan(?:'?t|not) (?:go on|carry on|keep going|keep living|continue)(?= ?(?:$|[.,;:!?]|like (?:this|that)|living|with (?:my )?life|any ?more|any longer|much longer|this way))/,
  },
  {
    id: 'en-si-cant-do-this-anymore',
    category: SI,
    lang: 'en',
    pattern:
      /\bcan(?:'?t|not) (?:do|take|handle|bear|stand|cope with|live like) (?:this|it|life) any ?(?:more|longer)\b/,
  },
  {
    id: 'en-si-want-it-to-end',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:(?:it all|everything|all of (?:it|this)|my life) to (?:end|stop|be over)|(?:stop|cease) (?:existing|being alive)|cease to exist|(?:ways?|how) to (?:die|kill myself|end it|end my life))\b/,
  },
  {
    id: 'en-si-kill-myself',
    category: SI,
    lang: 'en',
    pattern: /\b(?:kill(?:s|ed|ing)? myself|kms|unalive(?: myself)?)\b/,
    unless: /kill(?:ing)? myself (?:laughing|with laughter|working|at work|to (?:get|finish|make|meet))/,
  },
  {
    id: 'en-si-end-my-life',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:end(?:s|ed|ing)? (?:it all|my (?:own )?life|everything|it for good)|(?:take|taking|took) my (?:own )?life)\b/,
  },
  {
    id: 'en-si-suicide',
    category: SI,
    lang: 'en',
    pattern: /\bsuicid\w*/,
    unless: new RegExp(NOT_SUICIDAL),
  },
  {
    id: 'en-si-better-off-without-me',
    category: SI,
    lang: 'en',
    pattern: /\bbetter off (?:without me|if i (?:was|were|wasn'?t|weren'?t)|with me gone)\b/,
  },
  {
    id: 'en-si-no-point',
    category: SI,
    lang: 'en',
    pattern:
      /\bpoint (?:in|of|to) (?:going on|living|life|carrying on|being alive|existing|waking up|it all|keep(?:ing)? going|being here)\b/,
  },
  {
    id: 'en-si-never-born',
    category: SI,
    lang: 'en',
    pattern:
      /\bwish(?:ed)? (?:that )?i (?:had |'d )?(?:never been born|not been born|hadn'?t been born|wasn'?t born|was never born|weren'?t born)\b/,
  },
  {
    id: 'en-si-nothing-to-live-for',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:nothing (?:left )?to live for|no (?:one|reason) (?:left )?to live for|no (?:[\w'-]+ ){0,2}reason (?:to|for) (?:live|living|go on|going on|keep going|be alive|stay alive|wake up))\b/,
  },
  {
    id: 'en-si-burden',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:i'?m|i am|im|i feel like|feel like|being) (?:just |such |only |really |nothing but |so much of )?(?:a )?burden\b/,
  },
  {
    id: 'en-si-when-im-gone',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:(?:if|when|after|once) i'?m (?:gone|dead|not (?:here|around) any ?more)|if i (?:was|were) (?:gone|dead|no longer (?:here|around))|if i (?:wasn'?t|weren'?t) (?:here|around|alive))\b/,
    unless: /gone (?:on|for (?:a|an|the|two|three|\d)|to|from|away|abroad)\b/,
  },
  {
    id: 'en-si-pills',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:(?:how|too) many (?:[\w'-]+ )?(?:pills|tablets|paracetamol|painkillers)|overdos\w*|(?:stockpil|hoard)\w* (?:[\w'-]+ ){0,2}(?:pills|tablets|meds|medication))/,
  },
  {
    id: 'en-si-jumping',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:(?:jump(?:ing|ed)?|throw(?:ing)? myself|threw myself) (?:off|from|in front of|under|onto the tracks)|(?:think|thinking|thought|thoughts) (?:[\w'-]+ ){0,2}jump(?:ing)?)\b/,
    unless:
      /jump(?:ing|ed)? (?:at|into|in|on|to|ship|the gun|for joy|back|ahead|up|rope|around|through|off the diving)\b/,
  },
  {
    id: 'en-si-tired-of-living',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:(?:tired|sick|weary|exhausted) of (?:living|life|being alive|existing|waking up)|(?:isn'?t|is not|not|no longer) (?:really )?worth living|done with (?:life|living|it all|this life))\b/,
  },
  {
    id: 'en-si-own-funeral',
    category: SI,
    lang: 'en',
    pattern: /\bmy (?:own )?funeral\b/,
  },
  {
    id: 'en-si-goodbye-letter',
    category: SI,
    lang: 'en',
    pattern: /\b(?:goodbye|suicide) (?:letter|note)s?\b/,
  },
  {
    id: 'en-si-giving-things-away',
    category: SI,
    lang: 'en',
    pattern: /\bgiv(?:e|es|ing|en) away (?:all |most of )?my (?:things|stuff|belongings|possessions|pets?)\b/,
  },
  {
    id: 'en-si-not-around-much-longer',
    category: SI,
    lang: 'en',
    pattern: /\b(?:won'?t|will not|not going to) be (?:around|here|alive) (?:for )?(?:much |very )?longer\b/,
  },
  {
    id: 'en-si-disappear-forever',
    category: SI,
    lang: 'en',
    pattern:
      /\b(?:disappear(?:ed|ing|s)? (?:forever|for good|for ever|permanently|from (?:this|the) world)|if i (?:just )?disappeared)\b/,
  },

  // ── English · self-harm ────────────────────────────────────────────────────────────────────────
  {
    id: 'en-sh-self-harm',
    category: SH,
    lang: 'en',
    pattern: /\bself[- ]?(?:harm\w*|injur\w*|mutilat\w*)/,
  },
  {
    id: 'en-sh-cut-myself',
    category: SH,
    lang: 'en',
    pattern: /\bcut(?:s|ting)? (?:myself|my (?:wrists?|arms?|thighs?|legs?|skin|stomach|belly|hips?|body))\b/,
    unless:
      /(?:myself|wrists?|arms?|thighs?|legs?|skin|stomach|belly|hips?|body) (?:[\w'-]+ ){0,3}?(?:shaving|chopping|cooking|slicing|by accident|accidentally|on (?:a|the|some) (?:[\w'-]+ ){0,2}(?:glass|paper|knife|tin|can|edge|fence|nail|rock|shell|branch|wire|metal)|while (?:cooking|making|cutting|peeling|gardening|washing|opening))|paper cut|accidental/,
  },
  {
    id: 'en-sh-cutting-again',
    category: SH,
    lang: 'en',
    pattern:
      /\b(?:cutting again|relapsed (?:and|into) (?:cut|cutting)|i (?:cut|have cut|'ve cut) again|(?:started|start|been|keep|kept|back to|relapsed into|stopped|quit) cutting\b(?! (?:back|down|corners|class|ties|out|the|my hair|carbs|sugar|costs|up|off|through|it)\b))/,
  },
  {
    id: 'en-sh-urge',
    category: SH,
    lang: 'en',
    pattern:
      /\b(?:urges? (?:[\w'-]+ ){0,2}to (?:cut|burn|self[- ]?harm|hurt myself|hit myself|punish myself)|(?:want|wanted|need|needed|going|tempted|wanna|wish|trying) (?:[\w'-]+ ){0,2}(?:to )?(?:cut|burn|hurt|hit|punish|harm|starve) myself)\b/,
  },
  {
    id: 'en-sh-hurt-myself',
    category: SH,
    lang: 'en',
    pattern:
      /\b(?:hurt(?:ing)?|harm(?:ed|ing)?|injur(?:e|ed|ing)|burn(?:ed|t|ing)?|hit(?:ting)?|punch(?:ed|ing)?|slap(?:ped|ping)?|scratch(?:ed|ing)?|starv(?:e|ed|ing)|punish(?:ed|ing|es)?|bit(?:e|ing)?) myself\b/,
    unless:
      /myself (?:at the gym|at work|doing|on (?:a|the|some|my) |by accident|accidentally|while|lifting|running|playing|skiing|cooking|shaving|in the kitchen|with the (?:iron|oven|kettle|pan|hammer|racket|door)|carrying|moving|falling|for (?:being|not)|up)|stupid mistake|\b(?:fell|tripped|slipped) (?:over|on|down|off)\b/,
  },
  {
    id: 'en-sh-until-it-bled',
    category: SH,
    lang: 'en',
    pattern:
      /\b(?:(?:until|till|til|so) (?:[\w'-]+ ){0,2}(?:bled|bleed|bleeding|drew blood)|draw(?:ing)? blood)\b/,
    unless: /draw(?:ing)? blood (?:for|test|sample|from)|(?:nurse|doctor|lab) (?:[\w'-]+ ){0,2}draw/,
  },
  {
    id: 'en-sh-deserve-pain',
    category: SH,
    lang: 'en',
    pattern:
      /\bdeserve (?:to (?:hurt|suffer|feel pain|be hurt|be punished|bleed|be in pain)|(?:the )?pain)\b/,
  },
  {
    id: 'en-sh-hide-scars',
    category: SH,
    lang: 'en',
    pattern:
      /\b(?:hid(?:e|es|ing)?|cover(?:ed|ing|s)?(?: up)?) (?:[\w'-]+ ){0,2}(?:scars|cuts|wounds|wrists|burns)\b/,
  },

  // ── English · partner violence ─────────────────────────────────────────────────────────────────
  {
    id: 'en-pv-hit',
    category: PV,
    lang: 'en',
    pattern: re`\b${PARTNER_EN} (?:[\w'-]+ ){0,3}(?:hit|hits|hitting|beat|beats|beating|slap(?:s|ped)?|punch(?:es|ed)?|kick(?:s|ed)?|chok(?:es|ed)|strangl(?:es|ed)|shov(?:es|ed)|smack(?:s|ed)?|throttl(?:es|ed)|bit|bites|spat on|spits on|thr(?:ew|ows) (?:[\w'-]+ ){0,2}at|physically hurt) (?:me|my (?:head|face|arm|neck))\b`,
    unless:
      /hit(?:s|ting)? me (?:up|with (?:a|an|the|some|this|his|her) (?:[\w'-]+ )?(?:idea|question|news|joke|request|offer|proposal|list|bill|story)|that|like)|beat(?:s|ing)? me (?:at|to|in a|in the|by)\b|kick(?:s|ed)? me (?:under the table|awake|out of bed|in (?:his|her|their) sleep)|thr\w* (?:a |the )?(?:ball|frisbee|pillow|snowball|kiss|wink|smile)/,
  },
  {
    id: 'en-pv-hit-by-partner',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:hit|beaten|slapped|punched|kicked|choked|strangled|shoved|assaulted|attacked|abused) (?:[\w'-]+ )?by (?:my |his |her )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|spouse|fiancee?)\b/,
  },
  {
    id: 'en-pv-grabbed-pushed',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:grab(?:s|bed)?|held|holds|pin(?:s|ned)|push(?:es|ed)|shov(?:es|ed)|thr(?:ew|ows)|slam(?:s|med)|drag(?:s|ged)) me (?:by the (?:throat|neck|hair|arms?|wrists?)|against (?:the|a) (?:wall|door|car|floor|fridge|bed)|down(?! to)\b|to the (?:ground|floor)|into (?:the|a) (?:wall|door)|out of (?:the|a) (?:car|house|flat|bed)|across the room|onto the (?:bed|floor|ground))/,
  },
  {
    id: 'en-pv-threatened',
    category: PV,
    lang: 'en',
    pattern:
      /\bthreat(?:en(?:s|ed|ing)?)? (?:me|to (?:take (?:the kids|the children|my|away)|kill|hurt|hit|beat|expose|post|share|throw me|kick me|leave me|ruin|tell (?:everyone|my)|report me|have me))\b/,
  },
  {
    id: 'en-pv-kill-me-if',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:(?:said|says|told me|swore|threatened|promised) (?:that )?(?:he|she|they)(?:'d| would| will|'ll| is going to| was going to| was gonna| is gonna) (?:[\w'-]+ )?(?:kill|hurt|hit|beat|find) me|kill me if i (?:ever )?(?:leave|left))\b/,
  },
  {
    id: 'en-pv-afraid-of-partner',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:afraid|scared|terrified|frightened|fear(?:ful)?) (?:of (?:him|my (?:partner|husband|wife|boyfriend|girlfriend|ex|spouse))\b|of her(?= ?(?:$|[.,;:!?]|and\b|when\b|because\b|but\b|so\b|sometimes\b|now\b|too\b|again\b))|(?:of )?what (?:he|she|they)(?:'ll|'d|'s| will| would| might| could| is going to| is gonna| may)? (?:[\w'-]+ )?(?:do|say)\b|(?:to go|of going|to come|of coming) (?:back )?home\b)/,
  },
  {
    id: 'en-pv-wont-let-me',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:(?:won'?t|doesn'?t|does not|will not|wouldn'?t|didn'?t|never) lets? me|not allowed to|(?:forbids|forbade|stops|stopped) me (?:from )?)(?: |to )?(?:see|seeing|talk(?:ing)? to|call(?:ing)?|visit(?:ing)?|meet(?:ing)?|text(?:ing)?) (?:my |any )?(?:friends?|family|parents|mum|mom|mother|dad|father|sisters?|brothers?|anyone|people)\b|\b(?:(?:won'?t|doesn'?t|does not|will not|wouldn'?t|didn'?t|never) lets? me|not allowed to) (?:go out|leave the (?:house|flat|apartment|home)|go anywhere|have (?:my own )?(?:money|a phone|friends|a job|a bank account)|wear what|get a job)\b/,
  },
  {
    id: 'en-pv-controls',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:control(?:s|led|ling)? (?:[\w'-]+ ){0,2}(?:money|finances|bank|what i (?:wear|eat|do|spend)|who i (?:see|talk to)|where i go|everything i do)|(?:gives?|gave) me (?:an )?allowance|(?:isolat\w*|cut) me off from (?:my )?(?:friends|family|everyone))\b/,
  },
  {
    id: 'en-pv-checks-my-phone',
    category: PV,
    lang: 'en',
    pattern: re`\b${PARTNER_EN} (?:[\w'-]+ ){0,2}(?:checks?|checked|checking|reads?|goes through|went through|going through|looks through|searches|searched|monitors?|monitored) (?:all )?my (?:phone|messages|texts|emails|e-mails|dms|whatsapp|browser history|bank)\b`,
  },
  {
    id: 'en-pv-tracking',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:track(?:s|ed|ing)? my (?:location|phone|car|movements|every move|whereabouts)|(?:tracker|airtag|spyware|tracking app) (?:on|in|to) my (?:car|phone|bag|coat|laptop))\b/,
    unless:
      /\b(?:i|we) (?:[\w'-]+ )?(?:put|added|attached|bought|turned on) (?:an? |the |my )?(?:tracker|airtag|tracking app|spyware|gps)/,
  },
  {
    id: 'en-pv-eggshells',
    category: PV,
    lang: 'en',
    pattern: /\bwalk(?:ing|s)? on eggshells\b/,
    unless: /at work|at the office|with (?:my |the )?(?:boss|manager|colleagues?|clients?|team)/,
  },
  {
    id: 'en-pv-locked-me',
    category: PV,
    lang: 'en',
    pattern: /\block(?:s|ed)? me (?:in|out)\b/,
  },
  {
    id: 'en-pv-bruises',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:(?:cover(?:ed|ing|s)?(?: up)?|hid(?:e|es|ing)?|conceal(?:ed|ing|s)?) (?:[\w'-]+ ){0,2}(?:bruises|black eye|marks on my (?:neck|arms?|face))|bruises (?:he|she|they) (?:left|gave))\b/,
  },
  {
    id: 'en-pv-abusive',
    category: PV,
    lang: 'en',
    pattern:
      /\b(?:(?:abusive|violent|controlling|coercive) (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex|control)|domestic (?:violence|abuse))\b/,
  },

  // ── English · sexual coercion ──────────────────────────────────────────────────────────────────
  {
    id: 'en-sc-rape',
    category: SC,
    lang: 'en',
    pattern: /\brap(?:e|ed|es|ing|ist)\b/,
    // French « râpe », « fromage râpé » fold to the same letters.
    unless:
      /\b(?:une|la|ma|cette|sa|petite|grosse) rape\b|\brape(?:s|e|es)? (?:a (?:fromage|legumes|muscade|zeste|bois)|finement|grossierement)|(?:fromage|gruyere|emmental|parmesan|comte|carottes?|chocolat|zeste|coco|citron|legumes|pommes? de terre|celeri) (?:[\w'-]+ )?rapes?\b/,
  },
  {
    id: 'en-sc-sexual-assault',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:sexual(?:ly)? (?:assault\w*|abus\w*|harass\w*|coerc\w*|exploit\w*)|molest\w*|grop(?:e|ed|es|ing)\b|unwanted (?:touching|advances|sex)|stealth(?:ing|ed)\b|took advantage of me)/,
    unless: /grop\w* (?:for|around|in the dark)/,
  },
  {
    id: 'en-sc-not-consensual',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:(?:wasn'?t|was not|isn'?t|is not|not|never) consensual|non[- ]?consensual|without (?:my )?consent|(?:didn'?t|did not|never|couldn'?t|could not) consent)\b/,
  },
  {
    id: 'en-sc-said-no-but',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:said|say|says|told (?:him|her|them)) no\b(?! to (?!(?:him|her|them|sex|it)\b))[^.!?]{0,40}?\b(?:kept going|carried on|continued|didn'?t stop|did not stop|wouldn'?t stop|did it anyway|went ahead|insisted|ignored (?:me|it))/,
  },
  {
    id: 'en-sc-didnt-want-to-but',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:didn'?t|did not|don'?t|do not) want (?:to|it|him|her|that|sex)\b[^.!?]{0,40}?\b(?:he|she|they) (?:[\w'-]+ )?(?:insisted|kept going|carried on|continued|did it anyway|didn'?t stop|made me|forced|pressured|pushed)\b/,
  },
  {
    id: 'en-sc-pressured-into',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:(?:pressur\w*|guilt[- ]?trip\w*|coerc\w*|manipulat\w*|forc(?:e|es|ed|ing)|blackmail\w*) (?:me|us) (?:into|to|for) (?:[\w'-]+ ){0,2}(?:sex|sexual|sleep(?:ing)? with|bed|nudes?|naked|pics|photos|pictures|oral|porn|it|things|stuff)|(?:push(?:es|ed|ing)?|bull(?:y|ies|ied|ying)|talk(?:s|ed)?|nag(?:s|ged|ging)?|badger\w*) (?:me|us) (?:into|to|for) (?:[\w'-]+ ){0,2}(?:sex|sexual|sleep(?:ing)? with|bed|nudes?|naked|pics|oral|porn)|forced (?:himself|herself|themselves) on me)\b/,
  },
  {
    id: 'en-sc-didnt-stop',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:(?:didn'?t|did not|wouldn'?t|would not|won'?t|never) stop (?:[\w'-]+ ){0,2}(?:when|even when|after|though|although|while) i (?:[\w'-]+ ){0,2}(?:told|asked|said|begged|cried|pushed|screamed|froze|was crying|tried)|(?:froze|frozen|cried|crying|pushed (?:him|her|them) away|tried to push|begged|screamed|said stop|asked (?:him|her|them) to stop)[^.!?]{0,30}?(?:he|she|they) (?:didn'?t|did not|wouldn'?t|would not|kept|never) (?:stop|going|go on))\b/,
  },
  {
    // "They forced me to go on when I said stop": the words a sensate-focus note would use.
    id: 'en-sc-made-me-go-on',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:forced|made|pushed|pressured|pressed) me (?:to )?(?:go on|keep going|continue|carry on|go further)\b[^.!?]{0,30}?\b(?:when|after|though|although|even though|while|despite) (?:i (?:[\w'-]+ ){0,2}(?:said (?:no|stop)|asked (?:him|her|them) to stop|told (?:him|her|them) (?:no|to stop)|was crying|cried|froze|begged)|my (?:no|stop))/,
  },
  {
    id: 'en-sc-kept-going-though',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:kept going|carried on|continued|didn'?t stop|kept (?:touching|pushing|kissing|trying))[^.!?]{0,20}?\b(?:even though|although|though|when|after|despite|while) i (?:[\w'-]+ )?(?:said no|told (?:him|her|them) (?:no|to stop)|was crying|cried|pushed|didn'?t want|begged|froze|asked (?:him|her|them) to stop)/,
  },
  {
    id: 'en-sc-while-asleep-or-drunk',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:touch(?:ed|es|ing)?|sex with|slept with|kiss(?:ed)?|undress(?:ed)?|film(?:ed)?|photograph(?:ed)?|grop\w*|fondl\w*|on top of) me (?:[\w'-]+ ){0,3}(?:while|when|as) i (?:was )?(?:too |so |very |really |half |barely )?(?:drunk|asleep|sleeping|unconscious|passed out|wasted|out of it|blacked out|high)\b/,
  },
  {
    id: 'en-sc-no-for-an-answer',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:wouldn'?t|won'?t|doesn'?t|didn'?t|does not|did not|would not|will not|never|can'?t) take no for an answer\b/,
  },
  {
    id: 'en-sc-owed-sex',
    category: SC,
    lang: 'en',
    pattern: /\bowe(?:d)? (?:him|her|them|my [\w'-]+) (?:sex|my body)\b/,
  },
  {
    id: 'en-sc-condom',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:(?:took|take|takes|taking|removed|removes|pulled) (?:the |his |her )?condom off|(?:took|removed|pulled) off (?:the |his |her )?condom|poked holes in (?:the |a )?condom)/,
  },
  {
    id: 'en-sc-punished-for-no',
    category: SC,
    lang: 'en',
    pattern:
      /\b(?:sulk\w*|angry|mad|upset|punish\w*|cold|ignores? me|yell\w*|guilt\w*)[^.!?]{0,40}?\b(?:when|if|whenever|because|after) i (?:say|said|says|tell (?:him|her|them)|told (?:him|her|them)) no\b(?! to (?!(?:sex|him|her|it)\b))/,
  },
  {
    id: 'en-sc-made-me',
    category: SC,
    lang: 'en',
    pattern:
      /\bmade me (?:(?:[\w'-]+ ){0,4}?(?:i )?(?:didn'?t|did not|don'?t|do not) want|have sex|do (?:sexual|it)|perform|touch (?:him|her)|watch porn|undress|send nudes|sleep with)\b/,
  },

  // ── Français · idées suicidaires ───────────────────────────────────────────────────────────────
  {
    id: 'fr-si-envie-de-mourir',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:(?:envie|besoin|hate|desir) de (?:mourir|crever)|(?:veux|voulais|voudrais|veut|aimerais|souhaite|souhaiterais|prefererais|prefere) (?:[\w'-]+ ){0,2}(?:mourir|crever))\b/,
    unless:
      /\b(?:(?:n'|ne )?(?:ai|avais|aurais|as|a) (?:pas|jamais|aucune) (?:[\w'-]+ )?envie de (?:mourir|crever)|ne (?:veux|voulais|voudrais|veut|souhaite|souhaiterais) (?:pas|jamais|surtout pas) (?:[\w'-]+ )?(?:mourir|crever)|je (?:veux|voulais|voudrais) pas (?:[\w'-]+ )?(?:mourir|crever))|(?:mourir|crever) (?:de |d')(?:rire|faim|soif|froid|chaud|honte|ennui|envie|fatigue|peur|jalousie|impatience)/,
  },
  {
    id: 'fr-si-plus-envie-de-vivre',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:veux|voulais|veut|voudrais|ai|avais|a) plus (?:vraiment |du tout |trop |aucune )?(?:envie |le courage |la force )?(?:de |d')?(?:vivre|exister|etre la|etre en vie|me reveiller|continuer a vivre)\b(?! ?(?:-|en |a |au |aux |dans |chez |avec |pres |loin |ici |ensemble|seule?s? |sous |sur |pour |comme (?!ca\b)))/,
  },
  {
    id: 'fr-si-n-en-peux-plus-de-vivre',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:en peux plus (?:de |d')(?:vivre|la vie|cette vie|exister|ma vie)|peux plus continuer(?= ?(?:$|[.,;:!?]|comme ca|comme cela|ainsi|a vivre|de vivre)))/,
  },
  {
    id: 'fr-si-raison-de-vivre',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:plus|pas|aucune|sans) (?:[\w'-]+ ){0,2}raisons? (?:de vivre|de continuer|d'exister|de me lever)\b/,
  },
  {
    id: 'fr-si-plus-gout-a-la-vie',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:(?:plus|pas|aucun) (?:de |le )?gout (?:a la vie|pour la vie|de vivre|a rien|pour rien)|que (?:tout|ma vie) (?:s'arrete|se termine|finisse))\b/,
  },
  {
    id: 'fr-si-suicide',
    category: SI,
    lang: 'fr',
    pattern: /\bsuicid\w*/,
    unless: new RegExp(NOT_SUICIDAL),
  },
  {
    id: 'fr-si-en-finir',
    category: SI,
    lang: 'fr',
    pattern:
      /\ben finir\b(?= ?(?:$|[.,;:!?]|avec (?:la vie|ma vie|tout|moi|l'existence|cette vie)|une bonne fois|pour de bon|pour toujours|une fois pour toutes|definitivement))/,
    unless: /hate d'en finir|pour en finir avec|vivement (?:qu'on )?en finir|(?:vite|enfin) en finir/,
  },
  {
    id: 'fr-si-mieux-sans-moi',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:(?:mieux|plus heureu(?:x|se|ses)|soulagee?s?|tranquilles?) (?:[\w'-]+ )?sans moi|si je (?:n'etais plus la|n'existais plus|n'existais pas|mourais|disparaissais|partais pour toujours|n'etais pas nee?|etais morte?)|debarrasse(?:e|s|es)? de moi)\b/,
  },
  {
    id: 'fr-si-me-tuer',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:je (?:[\w'-]+ ){0,3}me tuer|(?:envie|idee|idees|pense\w*|besoin|tente\w*|essaye\w*) (?:de |a )(?:[\w'-]+ )?me tuer|me (?:supprimer|foutre en l'air)|mettre fin a (?:mes jours|ma vie)|m'oter la vie)\b/,
    unless: /me tuer (?:a la tache|au travail|a force|de rire)/,
  },
  {
    id: 'fr-si-ne-plus-me-reveiller',
    category: SI,
    lang: 'fr',
    pattern: /\b(?:plus|pas|jamais) me reveiller\b/,
    unless: /reveiller (?:trop|avant|a \d|en retard|tot|tard|la nuit|pendant|cette nuit|a temps)/,
  },
  {
    id: 'fr-si-cachets',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:combien de (?:cachets|comprimes|medicaments|pilules|somniferes|boites)|surdose|overdose|avaler (?:[\w'-]+ ){0,2}(?:cachets|comprimes|medicaments|pilules|somniferes))\b/,
  },
  {
    id: 'fr-si-sauter',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:me jeter (?:sous|du|de la|d'un|d'une|par|dans le vide|du haut|en bas)|envie de sauter(?= ?(?:$|[.,;:!?]|du |de la |d'un |d'une |par |dans le vide|sous |en bas|du haut))|sauter (?:du|d'un|par la|de la|depuis le) (?:pont|balcon|fenetre|toit|immeuble|falaise|viaduc|train))/,
  },
  {
    id: 'fr-si-fardeau',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:(?:suis|etre|me sens|sentir) (?:[\w'-]+ ){0,2}(?:un |une )?(?:fardeau|poids mort)|(?:un|une) poids pour (?:tout le monde|les autres|ma famille|mes proches))\b/,
  },
  {
    id: 'fr-si-vie-ne-vaut-pas',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:vaut (?:pas|plus) la peine d'etre vecue|vie ne vaut (?:pas|plus|rien)|vie (?:ne )?vaut (?:pas|plus) le coup|a quoi bon (?:vivre|continuer|exister|me lever|me battre))\b/,
  },
  {
    id: 'fr-si-disparaitre',
    category: SI,
    lang: 'fr',
    pattern:
      /\bdisparaitre (?:pour toujours|a jamais|definitivement|pour de bon|de ce monde|de la surface)\b/,
  },
  {
    id: 'fr-si-lettre-d-adieu',
    category: SI,
    lang: 'fr',
    pattern: /\blettres? (?:d'adieu|de suicide)\b/,
  },
  {
    id: 'fr-si-marre-de-vivre',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:marre|fatiguee?s?|lasse?s?|epuisee?s?|degoutee?s?|usee?s?) (?:de vivre|de la vie|d'exister|de cette vie|d'etre en vie|de me reveiller)\b/,
  },
  {
    id: 'fr-si-jamais-nee',
    category: SI,
    lang: 'fr',
    pattern: /\b(?:ne (?:jamais|pas) etre nee?s?|(?:jamais|pas) du naitre|ne jamais naitre)\b/,
  },
  {
    id: 'fr-si-ma-mort',
    category: SI,
    lang: 'fr',
    pattern:
      /\b(?:pense\w* (?:[\w'-]+ ){0,2}a ma (?:propre )?mort|mon (?:propre )?enterrement|mes (?:propres )?funerailles)\b/,
  },
  {
    id: 'fr-si-plus-la-longtemps',
    category: SI,
    lang: 'fr',
    pattern:
      /\bne serai (?:bientot )?plus (?:la|en vie)\b(?!-)(?= ?(?:$|[.,;:!?]|(?:pour )?(?:tres |bien )?longtemps|bientot|d'ici))/,
  },

  // ── Français · automutilation ──────────────────────────────────────────────────────────────────
  {
    id: 'fr-sh-scarification',
    category: SH,
    lang: 'fr',
    pattern: /\b(?:scarifi\w*|auto-?mutil\w*|auto-?agress\w*|me mutil\w*)/,
  },
  {
    id: 'fr-sh-me-couper',
    category: SH,
    lang: 'fr',
    pattern:
      /\b(?:me (?:suis )?(?:coupee?s?|taillad\w*|entaill\w*) (?:les |le |la |mes |ma |mon )(?:bras|poignets?|cuisses?|jambes?|ventre|peau|hanches?|avant-bras)|coupee? (?:volontairement|expres|a nouveau)|(?:envie|besoin|pulsion|tentation)s? de me (?:couper|scarifier|taillader|bruler|blesser|frapper|griffer|mutiler|punir)|me taillader|(?:coupe\w*|ouvert\w*|ouvrir|taillad\w*) les veines)\b/,
  },
  {
    id: 'fr-sh-me-faire-du-mal',
    category: SH,
    lang: 'fr',
    pattern:
      /\b(?:je (?:[\w'-]+ ){0,2}me (?:fais|ferai|ferais|faisais|faire) |me suis faite? |(?:de|a|pour) me faire )du mal\b/,
    // Someone else wanting to hurt me is partner violence, not self-harm.
    unless:
      /\b(?:il|elle|ils|elles|tu|on) (?:veut|voulait|va|allait|cherche a|cherchait a|essaie de|essayait de|a menace de|menace de|pourrait|risque de) me faire du mal/,
  },
  {
    id: 'fr-sh-me-bruler',
    category: SH,
    lang: 'fr',
    pattern:
      /\b(?:me (?:suis )?brulee?s? (?:avec (?:une |des |un |mon |ma )?(?:cigarettes?|briquet|allumettes?|clope)|volontairement|expres)|pour (?:ressentir|sentir) quelque chose)\b/,
  },
  {
    id: 'fr-sh-jusqu-au-sang',
    category: SH,
    lang: 'fr',
    pattern: /\bjusqu'au sang\b/,
  },
  {
    id: 'fr-sh-je-me-frappe',
    category: SH,
    lang: 'fr',
    pattern:
      /\b(?:je me (?:frappe|frappais|griffe|griffais|punis|punissais|scarifie)|me suis (?:frappee?|griffee?|punie?)|me punir)\b/,
  },
  {
    id: 'fr-sh-cicatrices',
    category: SH,
    lang: 'fr',
    pattern:
      /\b(?:cach\w* (?:[\w'-]+ ){0,2}(?:cicatrices|coupures|marques sur (?:mes|les) (?:bras|poignets|cuisses))|manches longues (?:pour cacher|en plein ete))\b/,
  },
  {
    id: 'fr-sh-meriter-de-souffrir',
    category: SH,
    lang: 'fr',
    pattern: /\bmerit\w* (?:de (?:souffrir|avoir mal|etre punie?|saigner|mourir)|la douleur)\b/,
  },

  // ── Français · violences conjugales ────────────────────────────────────────────────────────────
  {
    id: 'fr-pv-frappe',
    category: PV,
    lang: 'fr',
    pattern: re`\b${PARTNER_FR} (?:[\w'-]+ ){0,2}?(?:m'(?:a|avait|ont|aurait) (?:encore |deja |souvent |violemment )?|me (?:[\w'-]+ )?)(?:frapp\w*|gifl\w*|battu\w*|bat|battait|batte|cogn\w*|tabass\w*|etrangl\w*|bouscul\w*|secou\w*|brutalis\w*|roue de coups|donne (?:un|des) coups?|mis (?:une|des) (?:claques?|gifles?|baffes?|coups?)|tir\w* (?:les|par les) cheveux|jetee? (?:par terre|au sol|contre))`,
    unless:
      /(?:frapp|bat|battu)\w* (?:[\w'-]+ )?(?:par (?:sa|son|ses|leur)|d'un coup|(?:aux?|a la) (?:echecs|cartes|jeu|jeux|course|tennis|ping|foot|scrabble|belote|partie|sprint|\w+ball))/,
  },
  {
    id: 'fr-pv-pousse-etrangle',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:m'(?:a|avait|ont) (?:[\w'-]+ )?(?:poussee?|projetee?|plaquee?|jetee?|trainee?) (?:contre|par terre|a terre|au sol|dans (?:l'escalier|les escaliers)|violemment|hors de)|(?:serre\w*|pris|prise|attrape\w*|empoigne\w*) (?:[\w'-]+ )?(?:le |la |par le |par la |mon |ma )(?:cou|gorge)|m'(?:a|avait) etranglee?|m'etrangl\w*)\b/,
  },
  {
    id: 'fr-pv-menace',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:(?:m'(?:a|avait|ont|aurait)|me|nous) (?:[\w'-]+ )?menac\w*|menac\w* de (?:me |m'|mort|prendre les enfants|partir avec|tuer|se tuer|publier|diffuser)|menaces? de mort)/,
  },
  {
    id: 'fr-pv-me-tuerait',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:(?:dit|dire|menace\w*|jure|promis|crie) (?:[\w'-]+ )?qu'(?:il|elle) (?:me |m')(?:tuerait|tuera|tue|frapperait|ferait du mal|defigurerait|retrouverait)|me tuera(?:it)? si je|(?:il|elle) (?:veut|voulait|cherche a|essaie de) me (?:faire du mal|tuer|frapper|etrangler)|(?:il|elle) (?:va|allait) me (?:faire du mal|frapper|etrangler))\b/,
  },
  {
    id: 'fr-pv-peur-de-lui',
    category: PV,
    lang: 'fr',
    pattern:
      /\bpeur (?:de lui|d'elle|de mon (?:mari|copain|conjoint|compagnon|ex|partenaire|mec|fiance)|de ma (?:femme|copine|compagne|conjointe|partenaire)|de ce qu'(?:il|elle) (?:[\w'-]+ ){0,2}(?:faire|fera|ferait|dire|me faire)|de (?:rentrer|retourner|revenir) (?:a la maison|chez (?:moi|nous|lui))|qu'(?:il|elle) (?:me frappe|me tue|me fasse du mal)|de ses (?:reactions|coleres|crises))\b/,
  },
  {
    id: 'fr-pv-fouille',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:fouill|verifi|epluch)\w* (?:dans )?(?:tout |tous )?(?:mon|mes|ma) (?:telephone|portable|messages|sms|mails|affaires|sac|ordinateur|conversations)\b/,
    unless: /\b(?:je|j'ai) (?:[\w'-]+ )?(?:fouill|verifi|epluch)/,
  },
  {
    id: 'fr-pv-surveille',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:lit (?:[\w'-]+ ){0,2}mes (?:messages|mails|sms|textos|conversations)|me surveill\w*|surveill\w* (?:[\w'-]+ )?(?:mon telephone|mes messages|mes sorties|mes depenses|mes mails))\b/,
  },
  {
    id: 'fr-pv-m-interdit',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:m'(?:empech\w*|interdi\w*) (?:de )?(?:voir|sortir|parler|appeler|partir|m'habiller|porter|avoir|quitter|aller)|(?:ne me laisse|me laisse pas|ne me laissait|me laissait pas) (?:jamais |pas |plus )?(?:voir|sortir|parler|appeler|partir))\b/,
  },
  {
    id: 'fr-pv-controle',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:me control\w*|(?:il|elle) est (?:tres |trop |super |tellement )?controlante?|control\w* (?:[\w'-]+ ){0,2}(?:argent|depenses|comptes?|salaire|carte bleue|telephone|portable|messages|sorties|frequentations|vetements|tenues|vie|moindre))\b/,
    unless: /\bje (?:[\w'-]+ )?control|\bj'ai control/,
  },
  {
    id: 'fr-pv-traceur',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:traceur|balise gps|logiciel espion|mouchard|geolocalis\w* (?:[\w'-]+ ){0,2}(?:mon|ma|mes)|suit? (?:tous )?mes deplacements)\b/,
  },
  {
    id: 'fr-pv-marcher-sur-des-oeufs',
    category: PV,
    lang: 'fr',
    pattern: /\bmarche\w* sur des oeufs\b/,
    unless:
      /au (?:travail|boulot|bureau)|avec (?:mon |ma |le |la |les )?(?:chef|cheffe|patron|patronne|client|cliente|clients|collegues?|equipe|manager)/,
  },
  {
    id: 'fr-pv-bleus',
    category: PV,
    lang: 'fr',
    pattern:
      /\bcach\w* (?:[\w'-]+ ){0,2}(?:bleus|hematomes|ecchymoses|marques de coups|traces de coups|marques sur (?:le|mon) (?:cou|visage)|oeil au beurre noir)\b/,
  },
  {
    id: 'fr-pv-violences-conjugales',
    category: PV,
    lang: 'fr',
    pattern:
      /\b(?:violences? (?:conjugales?|domestiques?)|(?:relation|couple) (?:toxique|abusive?|violente?|d'emprise)|sous (?:son |sa )?emprise|pervers narcissique)\b/,
  },

  // ── Français · contrainte sexuelle ─────────────────────────────────────────────────────────────
  {
    id: 'fr-sc-viol',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:viol|viols|violee|violees|violeur|violeurs|m'(?:a|ont|avait) violee?s?|(?:ete|etre|etait) violee?s?)\b/,
    unless:
      /viole\w* (?:le|la|les|l'|un|une|des|ses|mes|son|sa) (?:[\w'-]+ )?(?:loi|regle|reglement|droits?|vie privee|intimite|secret|frontiere|contrat|confiance|promesse|code|espace)|(?:loi|regle|reglement|droits?|secret|contrat|promesse|code|frontiere) (?:[\w'-]+ ){0,2}violee?s?/,
  },
  {
    id: 'fr-sc-agression-sexuelle',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:(?:agress\w*|abus\w*|harcel\w*|violences?|attouchements?) sexuel\w*|sexuellement (?:agress\w*|abuse\w*|harcel\w*)|(?:agress\w*|abus\w*|harcel\w*) sexuellement|attouchements?)\b/,
  },
  {
    id: 'fr-sc-consentement',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:(?:pas|plus|non) consentante?s?|sans (?:mon |son |leur )?consentement|non consenti\w*|pas consenti\w*)/,
  },
  {
    id: 'fr-sc-insiste',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:insist\w* (?:[\w'-]+ ){0,2}(?:alors que|meme si|bien que|quand|malgre|meme quand|pourtant) (?:je (?:ne )?(?:voulais|voulait|disais|avais dit|veux) (?:pas|non)|j'(?:ai|avais) dit non|je refusais|j'avais pas envie|je n'avais pas envie|mon refus)|(?:je ne voulais pas|je voulais pas|j'ai dit non|j'avais dit non|je disais non|j'ai refuse|je n'avais pas envie|j'avais pas envie)(?:,| mais| et) (?:[\w'-]+ )?(?:il|elle|ils|on) (?:a|avait|m'a) (?:quand meme |encore )?(?:insiste|continue|force|forcee?|fait quand meme|pas arrete|pas ecoute)\b(?! pour (?:que je|payer|venir|m'inviter|me raccompagner|qu'on aille)))/,
  },
  {
    id: 'fr-sc-force',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:m'(?:a|avait|ont) forcee?s?(?= ?(?:$|[.,;:!?]| a (?:coucher|le faire|faire l'amour|le sucer|avoir|regarder|me deshabiller|l'embrasser)| la main))|(?:forc\w*|oblig\w*|pression|pressions|insist\w*|harcel\w*|culpabilis\w*|chantage) (?:[\w'-]+ ){0,3}(?:coucher|sexe|sexuel\w*|rapports?|porno\w*|sucer|fellation|faire l'amour|nues?|photos intimes|nudes|deshabiller))/,
  },
  {
    id: 'fr-sc-pas-arrete',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:ne s'(?:est|etait) (?:pas|jamais) arretee?s? (?:quand|alors que|meme (?:quand|si|apres)|malgre|lorsque)|continu\w* (?:alors que|meme (?:si|quand)|quand|pendant que|malgre) (?:je |j')(?:[\w'-]+ )?(?:pleurais|disais non|ai dit non|criais|le repoussais|la repoussais|me debattais|disais d'arreter|lui disais|avais dit non|ne voulais pas|voulais pas|suppliais|disais stop|ai dit stop|avais dit stop))/,
  },
  {
    id: 'fr-sc-pendant-que-je-dormais',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:(?:touche\w*|caresse\w*|profite\w* de moi|deshabille\w*|couche\w* avec moi|embrasse\w*|filme\w*|photographie\w*|penetre\w*|sur moi) (?:[\w'-]+ ){0,3}(?:pendant que|quand|alors que|lorsque) (?:je |j')(?:dormais|etais (?:[\w'-]+ )?(?:ivre|saoule?|soule?|bourree?|endormie?|inconsciente?|defoncee?|droguee?|evanouie?))|profit\w* de moi)\b/,
  },
  {
    id: 'fr-sc-preservatif',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:(?:enleve|retire|enlever|retirer|enlevait|retirait)\w* (?:le |son |la )?(?:preservatif|capote)|stealthing)\b/,
  },
  {
    id: 'fr-sc-boude-quand-je-refuse',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:boud\w*|fait la (?:gueule|tete)|s'enerv\w*|me punit|m'en veut|se vexe|m'ignore|culpabilis\w*)[^.!?]{0,40}?\b(?:quand|si|parce que|lorsque|des que|chaque fois que) (?:je refuse|je dis non|j'ai dit non|je ne veux pas|je veux pas|je n'ai pas envie|j'ai pas envie)/,
  },
  {
    id: 'fr-sc-cede',
    category: SC,
    lang: 'fr',
    pattern:
      /\b(?:cede\w* (?:[\w'-]+ ){0,2}pour (?:qu'(?:il|elle) (?:arrete|me laisse)|avoir la paix|eviter (?:une dispute|qu'il|qu'elle|ses))|arrete d'insister|devoir conjugal)\b/,
  },
];

// ── Normalisation ─────────────────────────────────────────────────────────────────────────────────

/** The normalised copy the rules run on, with each of its characters mapped back to the original. */
export interface NormalizedText {
  readonly text: string;
  /** `starts[i]`: offset in the original where normalised character i begins. */
  readonly starts: readonly number[];
  /** `ends[i]`: offset in the original just after normalised character i (and any stripped marks). */
  readonly ends: readonly number[];
}

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /^\s$/u;
/** Typographic apostrophes and look-alikes people type in place of "'". */
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032', '\u00b4', '`']);
/** Unicode hyphens that should read as "-". */
const HYPHENS = new Set(['\u2010', '\u2011']);
/** Ligatures NFD leaves alone (« œufs », « cœur »). */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae' };

/** Folds one code point (already a single character string) to what the rules expect. */
function fold(ch: string): string {
  if (APOSTROPHES.has(ch)) return "'";
  if (HYPHENS.has(ch)) return '-';
  const lower = ch.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature !== undefined) return ligature;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * Lowercases, strips accents (NFD minus combining marks), straightens apostrophes and collapses every
 * whitespace run (CRLF included) to one space, keeping a map from each output character back to the
 * original so matches can be reported in the user's own text. Walks code points, so an emoji's
 * surrogate pair maps as one unit.
 */
export function normalizeForMatching(text: string): NormalizedText {
  // Collected in an array: indexing a string built by `+=` would flatten it on every character.
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let width = 1;
    let folded: string;
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        folded = ' ';
      } else {
        folded = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[i]!;
      }
    } else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      const ch = text.slice(i, i + width);
      folded = WHITESPACE.test(ch) ? ' ' : fold(ch);
    }
    if (folded === ' ') {
      if (!lastWasSpace) {
        out.push(' ');
        starts.push(i);
        ends.push(i + width);
        lastWasSpace = true;
      }
    } else if (folded.length === 0) {
      // A stripped combining mark: it belongs to the character before it.
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      for (let k = 0; k < folded.length; k += 1) {
        out.push(folded[k]!);
        starts.push(i);
        ends.push(i + width);
      }
      lastWasSpace = false;
    }
    i += width;
  }
  return { text: out.join(''), starts, ends };
}

// ── Matching ──────────────────────────────────────────────────────────────────────────────────────

/** Each rule with a global copy of its pattern, compiled once. */
const COMPILED = WARNING_RULES.map((rule) => ({
  rule,
  global: new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`,
  ),
}));

const SENTENCE_END = /[.!?;]/;

/** The text an `unless` sees: the match plus up to UNLESS_WINDOW characters each side, within its sentence. */
function unlessWindow(norm: string, start: number, end: number): string {
  let from = Math.max(0, start - UNLESS_WINDOW);
  for (let k = start - 1; k >= from; k -= 1) {
    if (SENTENCE_END.test(norm[k]!)) {
      from = k + 1;
      break;
    }
  }
  let to = Math.min(norm.length, end + UNLESS_WINDOW);
  for (let k = end; k < to; k += 1) {
    if (SENTENCE_END.test(norm[k]!)) {
      to = k;
      break;
    }
  }
  return norm.slice(from, to);
}

/** First match of one rule in the normalised text that its `unless` does not cancel. */
function firstMatch(
  compiled: (typeof COMPILED)[number],
  norm: string,
): { start: number; end: number } | null {
  const { rule, global } = compiled;
  global.lastIndex = 0;
  for (let m = global.exec(norm); m !== null; m = global.exec(norm)) {
    if (m[0].length === 0) {
      global.lastIndex += 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (rule.unless && rule.unless.test(unlessWindow(norm, start, end))) continue;
    return { start, end };
  }
  return null;
}

/**
 * Finds phrasings that sometimes go with suicidal ideation, self-harm, partner violence or sexual
 * coercion, in French or English. Returns at most one match per category (its first occurrence),
 * ordered by position; offsets and excerpts refer to `text` exactly as given. Deterministic and
 * local: nothing is stored, sent or judged here.
 */
export function findWarningSigns(text: string): WarningMatch[] {
  if (text.length === 0) return [];
  const norm = normalizeForMatching(text);
  const best = new Map<WarningCategory, { ruleId: string; start: number; end: number }>();
  for (const compiled of COMPILED) {
    const found = firstMatch(compiled, norm.text);
    if (!found) continue;
    const current = best.get(compiled.rule.category);
    if (!current || found.start < current.start) {
      best.set(compiled.rule.category, { ruleId: compiled.rule.id, ...found });
    }
  }
  const matches: WarningMatch[] = [];
  for (const [category, found] of best) {
    const start = norm.starts[found.start]!;
    const end = norm.ends[found.end - 1]!;
    matches.push({ category, ruleId: found.ruleId, start, end, excerpt: text.slice(start, end) });
  }
  return matches.sort((a, b) => a.start - b.start);
}
