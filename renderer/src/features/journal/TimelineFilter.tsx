import { useTranslation } from 'react-i18next';
import {
  WORKSHEET_FRAMEWORKS,
  WORKSHEET_KINDS,
  type WorksheetKind,
} from '../../../../shared/domain/worksheet';
import { PROMPT_PACKS } from '../../../../shared/content/prompts';
import { localized, useUserPacks } from '../prompts/promptOrigin';
import '../worksheets/worksheets.css';
import { useTags } from '../tags/tagStore';

/** The frameworks the worksheets come from, in the order the chooser lists their kinds. */
const FRAMEWORKS = [...new Set(WORKSHEET_KINDS.map((kind) => WORKSHEET_FRAMEWORKS[kind]))];
type FrameworkId = (typeof FRAMEWORKS)[number];

/** The filter choice that shows the breathing and grounding sessions only (no entries). */
export const SESSIONS = 'sessions';

/** The worksheet kinds a filter choice stands for; undefined for every entry. */
export function kindsOf(choice: string): WorksheetKind[] | undefined {
  if (choice === 'all') return [...WORKSHEET_KINDS];
  if (choice.startsWith('framework:')) {
    const framework = choice.slice('framework:'.length);
    return WORKSHEET_KINDS.filter((kind) => WORKSHEET_FRAMEWORKS[kind] === framework);
  }
  if (choice.startsWith('kind:')) {
    const kind = choice.slice('kind:'.length);
    return WORKSHEET_KINDS.filter((k) => k === kind);
  }
  return undefined;
}

/** The tags a filter choice stands for; undefined unless it is one tag. */
export function tagsOf(choice: string): string[] | undefined {
  return choice.startsWith('tag:') ? [choice.slice('tag:'.length)] : undefined;
}

/** The prompt packs a filter choice stands for; undefined unless it is one pack. */
export function packsOf(choice: string): string[] | undefined {
  return choice.startsWith('pack:') ? [choice.slice('pack:'.length)] : undefined;
}

/**
 * Narrows the timeline to worksheets (all of them, those of one framework, or one kind), to the
 * entries written from one prompt pack (shipped or the user's own), or to the exercise sessions;
 * every entry, with the sessions between them, by default.
 */
export function TimelineFilter({ value, onChange }: { value: string; onChange: (choice: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const userPacks = useUserPacks();
  const tags = useTags();
  return (
    <label className="select-compact timeline-filter">
      <span>{t('worksheets.filter.label')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('worksheets.filter.everything')}</option>
        <option value="all">{t('worksheets.filter.worksheets')}</option>
        <option value={SESSIONS}>{t('worksheets.filter.sessions')}</option>
        <optgroup label={t('worksheets.filter.byFramework')}>
          {FRAMEWORKS.map((framework: FrameworkId) => (
            <option key={framework} value={`framework:${framework}`}>
              {t(`worksheets.filter.frameworks.${framework}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('worksheets.filter.byKind')}>
          {WORKSHEET_KINDS.map((kind) => (
            <option key={kind} value={`kind:${kind}`}>
              {t(`worksheets.names.${kind}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('worksheets.filter.byPack')}>
          {PROMPT_PACKS.map((pack) => (
            <option key={pack.id} value={`pack:${pack.id}`}>
              {pack.name[lang]}
            </option>
          ))}
        </optgroup>
        {userPacks.length > 0 ? (
          <optgroup label={t('packs.mine')}>
            {userPacks.map((pack) => (
              <option key={pack.id} value={`pack:${pack.id}`}>
                {localized(pack.name, lang)}
              </option>
            ))}
          </optgroup>
        ) : null}
        {tags.length > 0 ? (
          <optgroup label={t('tags.filter.byTag')}>
            {tags.map((tag) => (
              <option key={tag.id} value={`tag:${tag.id}`}>
                {tag.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}
