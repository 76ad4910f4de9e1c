// Crisis resources (CONTENT.md, "Crisis resources"): stored as data with the date they were last checked,
// shown one click from every screen. The user picks a region; there is no geolocation and no network.
// Numbers are exactly those listed in CONTENT.md; when one changes, update it here and bump lastVerified.
//
// Plain data and types, without zod: the unlock screen's help button reads this module, and the
// unlock screen loads no schema library (crisisResourcesSchema.ts validates the same shapes, and
// the content tests hold every region to it).

/** Regions we list resources for; the user chooses one in settings. */
export const REGION_CODES = ['FR', 'BE', 'CH', 'CA', 'US', 'GB'] as const;
/** A region we have crisis resources for (ISO 3166-1 alpha-2). */
export type RegionCode = (typeof REGION_CODES)[number];

/** Whether a value (a stored choice, a locale's country, a picker's value) is a region we list. */
export function isRegionCode(value: unknown): value is RegionCode {
  return (REGION_CODES as readonly unknown[]).includes(value);
}

/** Shown when the user has not picked a region yet. */
export const DEFAULT_REGION: RegionCode = 'FR';

/** A string in English and French: every user-facing string ships in both languages. */
export interface LocalizedText {
  en: string;
  fr: string;
}

/** How the line is reached: a voice call, a text line (often with a keyword), or an SMS service. */
export type CrisisLineKind = 'call' | 'text' | 'sms';

/** One helpline; `textKeyword` is the word to send first, and only text lines have one. */
export interface CrisisLine {
  id: string;
  name: LocalizedText;
  /** Digits, grouped by single spaces the way the line advertises them. */
  number: string;
  /** Letters some lines advertise instead of digits (e.g. "1 866 APPELLE"); display only. */
  mnemonic?: string | undefined;
  kind: CrisisLineKind;
  textKeyword?: string | undefined;
  description: LocalizedText;
  hours?: LocalizedText | undefined;
}

/** A region's general emergency number and its helplines, with the date the list was last checked. */
export interface CrisisRegion {
  region: RegionCode;
  name: LocalizedText;
  emergency: string;
  /** YYYY-MM-DD. */
  lastVerified: string;
  lines: CrisisLine[];
}

const VERIFIED = '2026-11-30';
const ALWAYS: LocalizedText = { en: '24/7', fr: '24 h/24, 7 j/7' };

/** All regions, in the order the region picker lists them. */
export const CRISIS_REGIONS: readonly CrisisRegion[] = [
  {
    region: 'FR',
    name: { en: 'France', fr: 'France' },
    emergency: '112',
    lastVerified: VERIFIED,
    lines: [
      {
        id: 'fr-3114',
        name: {
          en: '3114 – national suicide prevention line',
          fr: '3114 – numéro national de prévention du suicide',
        },
        number: '3114',
        kind: 'call',
        description: {
          en: 'Suicide prevention, 24/7, free.',
          fr: 'Prévention du suicide, 24 h/24, 7 j/7, gratuit.',
        },
        hours: ALWAYS,
      },
      {
        id: 'fr-samu',
        name: { en: 'SAMU (medical emergencies)', fr: 'SAMU (urgences médicales)' },
        number: '15',
        kind: 'call',
        description: { en: 'Urgent medical help.', fr: 'Aide médicale urgente.' },
      },
      {
        id: 'fr-114',
        name: { en: '114 (emergency by text)', fr: '114 (urgences par SMS)' },
        number: '114',
        kind: 'sms',
        description: {
          en: 'Emergency number by SMS for deaf and hard-of-hearing people.',
          fr: 'Numéro d’urgence par SMS pour les personnes sourdes ou malentendantes.',
        },
      },
      {
        id: 'fr-sos-amitie',
        name: { en: 'SOS Amitié', fr: 'SOS Amitié' },
        number: '09 72 39 40 50',
        kind: 'call',
        description: {
          en: 'A listening ear for anyone going through a hard time.',
          fr: 'Une écoute pour toute personne qui traverse un moment difficile.',
        },
      },
      {
        id: 'fr-fil-sante-jeunes',
        name: { en: 'Fil Santé Jeunes', fr: 'Fil Santé Jeunes' },
        number: '0 800 235 236',
        kind: 'call',
        description: {
          en: 'Listening and health information for young people.',
          fr: 'Écoute et information santé pour les jeunes.',
        },
      },
      {
        id: 'fr-3919',
        name: { en: '3919 – Violences Femmes Info', fr: '3919 – Violences Femmes Info' },
        number: '3919',
        kind: 'call',
        description: {
          en: 'Support for women facing violence.',
          fr: 'Écoute et orientation pour les femmes victimes de violences.',
        },
      },
      {
        id: 'fr-119',
        name: { en: '119 – children in danger', fr: '119 – Allô Enfance en Danger' },
        number: '119',
        kind: 'call',
        description: {
          en: 'For children in danger, or anyone worried about a child.',
          fr: 'Pour les enfants en danger, ou toute personne inquiète pour un enfant.',
        },
      },
    ],
  },
  {
    region: 'BE',
    name: { en: 'Belgium', fr: 'Belgique' },
    emergency: '112',
    lastVerified: VERIFIED,
    lines: [
      {
        id: 'be-cps',
        name: { en: 'Centre de Prévention du Suicide', fr: 'Centre de Prévention du Suicide' },
        number: '0800 32 123',
        kind: 'call',
        description: {
          en: 'Suicide prevention line, in French.',
          fr: 'Ligne de prévention du suicide, en français.',
        },
      },
      {
        id: 'be-zelfmoordlijn',
        name: { en: 'Zelfmoordlijn', fr: 'Zelfmoordlijn' },
        number: '1813',
        kind: 'call',
        description: {
          en: 'Suicide prevention line, in Dutch.',
          fr: 'Ligne de prévention du suicide, en néerlandais.',
        },
      },
      {
        id: 'be-tele-accueil',
        name: { en: 'Télé-Accueil', fr: 'Télé-Accueil' },
        number: '107',
        kind: 'call',
        description: {
          en: 'A listening ear for anyone going through a hard time.',
          fr: 'Une écoute pour toute personne qui traverse un moment difficile.',
        },
      },
    ],
  },
  {
    region: 'CH',
    name: { en: 'Switzerland', fr: 'Suisse' },
    emergency: '112',
    lastVerified: VERIFIED,
    lines: [
      {
        id: 'ch-main-tendue',
        name: { en: 'La Main Tendue', fr: 'La Main Tendue' },
        number: '143',
        kind: 'call',
        description: {
          en: 'A listening ear for anyone going through a hard time.',
          fr: 'Une écoute pour toute personne qui traverse un moment difficile.',
        },
      },
      {
        id: 'ch-pro-juventute',
        name: { en: 'Pro Juventute', fr: 'Pro Juventute' },
        number: '147',
        kind: 'call',
        description: {
          en: 'Advice and a listening ear for children and young people.',
          fr: 'Conseil et écoute pour les enfants et les jeunes.',
        },
      },
      {
        id: 'ch-144',
        name: { en: '144 (medical emergencies)', fr: '144 (urgences sanitaires)' },
        number: '144',
        kind: 'call',
        description: { en: 'Ambulance and urgent medical help.', fr: 'Ambulance et aide médicale urgente.' },
      },
    ],
  },
  {
    region: 'CA',
    name: { en: 'Canada', fr: 'Canada' },
    emergency: '911',
    lastVerified: VERIFIED,
    lines: [
      {
        id: 'ca-988-call',
        name: { en: '988 (call)', fr: '988 (appel)' },
        number: '988',
        kind: 'call',
        description: {
          en: 'Suicide crisis line, in English or French.',
          fr: 'Ligne de crise pour la prévention du suicide, en français ou en anglais.',
        },
      },
      {
        id: 'ca-988-text',
        name: { en: '988 (text)', fr: '988 (texto)' },
        number: '988',
        kind: 'text',
        description: {
          en: 'The same crisis line by text, in English or French.',
          fr: 'La même ligne de crise par texto, en français ou en anglais.',
        },
      },
      {
        id: 'ca-qc-1866-appelle',
        name: { en: '1 866 APPELLE (Québec)', fr: '1 866 APPELLE (Québec)' },
        number: '1 866 277 3553',
        mnemonic: '1 866 APPELLE',
        kind: 'call',
        description: {
          en: 'Suicide prevention line in Québec.',
          fr: 'Ligne de prévention du suicide au Québec.',
        },
      },
      {
        id: 'ca-811',
        name: { en: '811 (health line)', fr: '811 (Info-Santé, Info-Social)' },
        number: '811',
        kind: 'call',
        description: {
          en: 'Non-urgent health advice; in Québec, psychosocial support too.',
          fr: 'Conseils santé non urgents ; au Québec, aussi une aide psychosociale.',
        },
      },
    ],
  },
  {
    region: 'US',
    name: { en: 'United States', fr: 'États-Unis' },
    emergency: '911',
    lastVerified: VERIFIED,
    lines: [
      {
        id: 'us-988',
        name: { en: '988 Suicide & Crisis Lifeline', fr: '988 Suicide & Crisis Lifeline' },
        number: '988',
        kind: 'call',
        description: {
          en: 'Suicide and mental health crisis line.',
          fr: 'Ligne de crise pour le suicide et la détresse psychique.',
        },
      },
      {
        id: 'us-crisis-text-line',
        name: { en: 'Crisis Text Line', fr: 'Crisis Text Line' },
        number: '741741',
        kind: 'text',
        textKeyword: 'HOME',
        description: {
          en: 'Text HOME to reach a crisis counselor.',
          fr: 'Envoyez HOME par SMS pour joindre un intervenant de crise.',
        },
      },
    ],
  },
  {
    region: 'GB',
    name: { en: 'United Kingdom', fr: 'Royaume-Uni' },
    emergency: '999',
    lastVerified: VERIFIED,
    lines: [
      {
        id: 'gb-samaritans',
        name: { en: 'Samaritans', fr: 'Samaritans' },
        number: '116 123',
        kind: 'call',
        description: {
          en: 'A listening ear for anyone going through a hard time.',
          fr: 'Une écoute pour toute personne qui traverse un moment difficile.',
        },
      },
      {
        id: 'gb-nhs-111',
        name: { en: 'NHS 111', fr: 'NHS 111' },
        number: '111',
        kind: 'call',
        description: {
          en: 'Urgent but not life-threatening health needs.',
          fr: 'Besoins de santé urgents mais sans danger vital.',
        },
      },
      {
        id: 'gb-shout',
        name: { en: 'Shout', fr: 'Shout' },
        number: '85258',
        kind: 'text',
        textKeyword: 'SHOUT',
        description: {
          en: 'Text SHOUT to reach a trained volunteer.',
          fr: 'Envoyez SHOUT par SMS pour joindre un bénévole formé.',
        },
      },
    ],
  },
];

/** The resources for a stored region code; undefined if the code is unknown (e.g. a removed region). */
export function regionByCode(code: string): CrisisRegion | undefined {
  return CRISIS_REGIONS.find((r) => r.region === code);
}
