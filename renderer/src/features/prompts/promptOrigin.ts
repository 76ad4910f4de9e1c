import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { promptPackById } from '../../../../shared/content/prompts';
import type { LocalizedText, UserPack } from '../../../../shared/content/prompts/userPack';
import type { PromptRef } from '../../../../shared/domain/entry';
import { call } from '../../lib/api';
import './prompts.css';

type Lang = 'en' | 'fr';

/** The user's own packs, read once per mount; none when they cannot be read (shipped packs still work). */
export function useUserPacks(): UserPack[] {
  const [packs, setPacks] = useState<UserPack[]>([]);
  useEffect(() => {
    let alive = true;
    call('packs:list', undefined).then(
      (r) => alive && setPacks(r.packs),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);
  return packs;
}

/** A user's text in the app's language, else in the one it was written in. */
export function localized(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text[lang === 'en' ? 'fr' : 'en'] ?? '';
}

/** A pack's name in the UI language: shipped or the user's own; undefined when it is gone. */
export function packName(packId: string, userPacks: readonly UserPack[], lang: Lang): string | undefined {
  const shipped = promptPackById(packId);
  if (shipped) return shipped.name[lang];
  const mine = userPacks.find((p) => p.id === packId);
  return mine ? localized(mine.name, lang) : undefined;
}

/**
 * The id an entry keeps for a prompt: its own, or for a prompt written without one in a user's pack,
 * its place in the pack (the pack's prompts only ever change as a whole, in the pack editor).
 */
export function promptRefOf(packId: string, prompt: { id?: string | undefined }, index: number): PromptRef {
  return { packId, promptId: prompt.id ?? `prompt-${index + 1}` };
}

/** Names come from the user's files: shown as React text, so i18next must not HTML-escape them. */
const RAW = { interpolation: { escapeValue: false } } as const;

/**
 * "Written from a prompt of “Daily reflection”" (or "Writing…" in the composer); for a pack of the
 * user's that was deleted since, "…from one of your packs".
 */
export function usePromptOrigin(
  prompt: PromptRef | undefined | null,
  tense: 'written' | 'writing',
): string | null {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const userPacks = useUserPacks();
  if (!prompt) return null;
  const name = packName(prompt.packId, userPacks, lang);
  const prefix = tense === 'written' ? 'packs.origin.writtenFrom' : 'packs.origin.writingFrom';
  if (name !== undefined) return t(prefix, { name, ...RAW });
  return prompt.packId.startsWith('mine-') ? t(`${prefix}Yours`) : t(`${prefix}Unknown`);
}
