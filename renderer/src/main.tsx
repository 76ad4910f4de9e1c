import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setupI18n } from './i18n';
import { applyTheme, savedTheme } from './lib/theme';
import { applyFontSize, savedFontSize } from './lib/fontSize';
import { loadAppPreferences } from './lib/preferences';
import { firstVaultStatus } from './lib/vaultStatus';
import './styles/app.css';

// Both were asked for by boot.ts; with both in, the first render is the screen the vault calls for.
const [, vaultStatus] = await Promise.all([loadAppPreferences(), firstVaultStatus()]);
applyTheme(savedTheme());
applyFontSize(savedFontSize());
setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App firstStatus={vaultStatus} />
  </StrictMode>,
);
