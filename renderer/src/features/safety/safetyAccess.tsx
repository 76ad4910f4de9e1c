import { LifeBuoy } from 'lucide-react';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REGION, isRegionCode, type RegionCode } from '../../../../shared/content/crisisResources';
import { rememberPreference } from '../../lib/preferences';
import { useDiscreet } from '../discreet/discreetMode';

/**
 * Opens the safety screen from anywhere (the top bar's button, later the warning-sign engine
 * with a reason). Provided by App, which keeps the screen underneath mounted, drafts included.
 */
export const SafetyContext = createContext<(reason?: string) => void>(() => {});

/**
 * The always-present way to help: on every screen's top bar; no setting hides it. Discreet
 * mode only words it more plainly ("Help"), so it says nothing to someone looking over a shoulder.
 */
export function HelpButton() {
  const { t } = useTranslation();
  const open = useContext(SafetyContext);
  const discreet = useDiscreet();
  return (
    <button type="button" className="button help-button" onClick={() => open()}>
      <LifeBuoy size={16} aria-hidden /> {discreet ? t('discreet.help') : t('safety.open')}
    </button>
  );
}

const REGION_KEY = 'alcove.region';

/**
 * The region whose crisis lines are shown: the user's choice, else the one their system's
 * language names (fr-BE → Belgium, en-GB → United Kingdom…), else France. No geolocation.
 * Like the language, it is needed before unlock, so it lives outside the vault.
 */
export function initialRegion(): RegionCode {
  const saved = localStorage.getItem(REGION_KEY);
  if (isRegionCode(saved)) return saved;
  const fromLocale = navigator.language.split('-')[1]?.toUpperCase();
  if (isRegionCode(fromLocale)) return fromLocale;
  return DEFAULT_REGION;
}

export function saveRegion(region: RegionCode): void {
  localStorage.setItem(REGION_KEY, region);
  rememberPreference({ region });
}
