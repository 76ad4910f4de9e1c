import { Lightbulb, RefreshCw } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMPT_PACKS, promptPackById } from '../../../../shared/content/prompts';
import { localDayNumber, suggestPrompt } from '../../../../shared/content/prompts/suggest';
import { call } from '../../lib/api';

const PACK_KEY = 'alcove.promptPack';

/** The pack the card opens with: the user's last choice, else daily reflection. */
function savedPackId(): string {
  const saved = localStorage.getItem(PACK_KEY);
  return saved && promptPackById(saved) ? saved : 'daily-reflection';
}

/** The prompt the card opens with, if it shows one, so "For you today" can offer another. */
export function openingPromptId(now: Date): string | null {
  const pack = promptPackById(savedPackId());
  if (!pack || pack.sensitive) return null;
  return suggestPrompt(pack, { hour: now.getHours(), dayNumber: localDayNumber(now) }).prompt.id;
}

/**
 * A sensitive pack the user chose to open may later be suggested in "For you today" (never one
 * they have not opened). Kept in the encrypted settings; a failure only means no suggestion.
 */
function rememberOpened(packId: string): void {
  void call('settings:get', undefined)
    .then((settings) =>
      settings.openedSensitivePacks.includes(packId)
        ? settings
        : call('settings:update', { openedSensitivePacks: [...settings.openedSensitivePacks, packId] }),
    )
    .catch(() => undefined);
}

/**
 * A prompt to write from, above a new entry: from the pack the user picked (daily reflection
 * at first), chosen by time of day and day, with the reason said and the framework named.
 * The sensitive pack (sexuality) shows its prompts only after the user says so, each time.
 */
export function PromptCard({ onUse }: { onUse: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const [packId, setPackId] = useState(savedPackId);
  const [offset, setOffset] = useState(0);
  const [sensitiveOk, setSensitiveOk] = useState(false);
  const selectId = useId();
  const pack = promptPackById(packId) ?? PROMPT_PACKS[0]!;
  const suggestion = useMemo(() => {
    const now = new Date();
    return suggestPrompt(pack, { hour: now.getHours(), dayNumber: localDayNumber(now) }, offset);
  }, [pack, offset]);
  const hidden = pack.sensitive && !sensitiveOk;

  return (
    <aside className="prompt-card" aria-labelledby={`${selectId}-title`}>
      <div className="prompt-head">
        <p className="prompt-title" id={`${selectId}-title`}>
          <Lightbulb size={16} aria-hidden /> {t('prompts.title')}
        </p>
        <label className="select-compact">
          <span>{t('prompts.pack')}</span>
          <select
            id={selectId}
            value={packId}
            onChange={(e) => {
              setPackId(e.target.value);
              localStorage.setItem(PACK_KEY, e.target.value);
              setOffset(0);
              setSensitiveOk(false);
            }}
          >
            {PROMPT_PACKS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {hidden ? (
        <div>
          <p className="hint">{pack.description[lang]}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSensitiveOk(true);
              rememberOpened(pack.id);
            }}
          >
            {t('prompts.showSensitive')}
          </button>
        </div>
      ) : (
        <>
          <p className="prompt-text">{suggestion.prompt.text[lang]}</p>
          {suggestion.prompt.followUp ? <p className="hint">{suggestion.prompt.followUp[lang]}</p> : null}
          <p className="prompt-why">
            {t(`prompts.why.${suggestion.reason}`)} · {t(`prompts.frameworks.${suggestion.prompt.framework}`)}
          </p>
          <div className="button-row tight-row">
            <button type="button" className="button" onClick={() => onUse(suggestion.prompt.text[lang])}>
              {t('prompts.use')}
            </button>
            <button type="button" className="button ghost" onClick={() => setOffset((o) => o + 1)}>
              <RefreshCw size={16} aria-hidden /> {t('prompts.another')}
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
