import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setupI18n } from './i18n';
import { applyTheme, savedTheme } from './lib/theme';
import { applyFontSize, savedFontSize } from './lib/fontSize';
import { loadAppPreferences } from './lib/preferences';
import { hasBridge } from './lib/api';
import { askVaultStatus } from './lib/vaultStatus';
import './styles/app.css';

if (hasBridge()) askVaultStatus();
await loadAppPreferences();
applyTheme(savedTheme());
applyFontSize(savedFontSize());
setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
