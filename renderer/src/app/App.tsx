import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityState, LockReason, VaultStatus } from '../../../shared/domain/vault';
import { Brand } from '../components/Brand';
import { Preferences } from '../components/Preferences';
import { CreateVault } from '../features/onboarding/CreateVault';
import { RecoveryKeyStep } from '../features/onboarding/RecoveryKeyStep';
import { loadJournal } from '../features/journal/loadJournal';
import { Unlock } from '../features/unlock/Unlock';
import { RestoreBackup } from '../features/backup/RestoreBackup';
import { SafetyScreen } from '../features/safety/SafetyScreen';
import { HelpButton, initialRegion, SafetyContext, saveRegion } from '../features/safety/safetyAccess';
import type { RegionCode } from '../../../shared/content/crisisResources';
import type { SafetyPlan } from '../../../shared/domain/safety';
import { call, hasBridge, onEvent } from '../lib/api';
import { takeFirstVaultStatus } from '../lib/vaultStatus';
import { describeError } from '../lib/errors';
import { isQuickHide } from '../lib/shortcuts';
import { flushPendingDrafts } from '../lib/pendingDrafts';
import { lockOnItsWay } from '../lib/pendingLock';
import { useDiscreet, useDocumentTitle } from '../features/discreet/discreetMode';

/**
 * The journal is most of the app's code and none of the unlock screen's: it loads apart, started
 * by the unlock itself (see loadJournal), so the unlock screen parses only what it shows.
 */
const Journal = lazy(() => loadJournal().then(({ Journal }) => ({ default: Journal })));

type Phase =
  | { name: 'loading' }
  | { name: 'fatal'; message: string }
  | { name: 'create' }
  | { name: 'recovery-key'; recoveryKey: string }
  | { name: 'locked'; notice: LockReason | 'restored' | null }
  | { name: 'restore'; back: 'create' | 'locked' }
  | { name: 'unlocked'; integrity: IntegrityState };

/** The screen a vault state calls for. */
function phaseOf(status: VaultStatus): Phase {
  if (status.state === 'none') return { name: 'create' };
  if (status.state === 'locked') return { name: 'locked', notice: null };
  return { name: 'unlocked', integrity: status.integrity ?? 'verified' };
}

/**
 * The screens follow the vault: none → create (then the recovery key, once), locked → unlock,
 * unlocked → journal. A `vault:locked` event from the core (idle, system, menu) drops whatever
 * is on screen, with the journal's state, and shows the unlock screen with the reason.
 */
export function App({ firstStatus = null }: { firstStatus?: VaultStatus | null }) {
  const { t } = useTranslation();
  const discreet = useDiscreet();
  useDocumentTitle();
  const [phase, setPhase] = useState<Phase>(() => {
    if (!hasBridge()) return { name: 'fatal', message: t('app.noBridge') };
    return firstStatus ? phaseOf(firstStatus) : { name: 'loading' };
  });

  useEffect(() => {
    if (!hasBridge()) return;
    // The first answer was asked for before the first render (boot.ts), alongside the preferences;
    // when main.tsx handed it to the first render (firstStatus), the phase already follows it.
    (takeFirstVaultStatus() ?? call('vault:status', undefined))
      .then((status) => {
        const next = phaseOf(status);
        setPhase((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
      })
      .catch((e: unknown) => setPhase({ name: 'fatal', message: describeError(t, e) }));
    const offLocked = onEvent('vault:locked', ({ reason }) => setPhase({ name: 'locked', notice: reason }));
    const offIntegrity = onEvent('vault:integrity', ({ verdict }) =>
      setPhase((current) => (current.name === 'unlocked' ? { ...current, integrity: verdict } : current)),
    );
    return () => {
      offLocked();
      offIntegrity();
    };
  }, [t]);

  // Writing not saved yet goes to the vault first (bounded: see pendingDrafts.ts).
  const lock = useCallback(() => {
    void flushPendingDrafts()
      .then(() => call('vault:lock', undefined))
      .then(() => setPhase({ name: 'locked', notice: 'manual' }))
      .catch(() => setPhase({ name: 'locked', notice: 'manual' }));
  }, []);

  /** The safety screen, open over whatever screen is showing (null when closed). */
  const [safety, setSafety] = useState<{ reason?: string | undefined } | null>(null);
  const [region, setRegion] = useState<RegionCode>(initialRegion);
  /** The plan lives in the vault: loaded when the safety screen opens while unlocked, dropped on lock. */
  const [plan, setPlan] = useState<SafetyPlan | null>(null);
  const openSafety = useCallback((reason?: string) => setSafety({ reason }), []);
  const unlocked = phase.name === 'unlocked';
  useEffect(() => {
    if (!safety || !unlocked) return;
    let current = true;
    call('safety:getPlan', undefined)
      .then((loaded) => current && setPlan(loaded))
      .catch(() => current && setPlan(null));
    // Closing the screen or locking the journal drops the plan from the page.
    return () => {
      current = false;
      setPlan(null);
    };
  }, [safety, unlocked]);

  // Lock and hide (Ctrl/⌘+Shift+H), from any screen: the journal and the safety screen leave
  // the page before the core even answers. In the app the menu also hides the window.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isQuickHide(event)) return;
      event.preventDefault();
      // The pending draft is captured and on its way before the page drops it; the core locks
      // once it has landed (or the bound has passed).
      const flushed = flushPendingDrafts();
      setSafety(null);
      setPhase((current) =>
        current.name === 'unlocked' || current.name === 'recovery-key'
          ? { name: 'locked', notice: 'manual' }
          : current,
      );
      lockOnItsWay(flushed.then(() => call('vault:lock', undefined)));
    };
    // Capture phase: no field or dialog below can swallow it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // Closing or reloading the window: whatever was typed in the last second is sent on its way.
  useEffect(() => {
    const onUnload = () => void flushPendingDrafts();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, []);

  const screen: ReactNode =
    phase.name === 'unlocked' ? (
      <Suspense
        fallback={
          <p className="center-screen" role="status">
            {discreet ? t('discreet.loading') : t('app.loading')}
          </p>
        }
      >
        <Journal integrity={phase.integrity} onLock={lock} />
      </Suspense>
    ) : (
      <div className="center-screen">
        <header className="topbar">
          <Brand />
          <div className="topbar-actions">
            <HelpButton />
            <Preferences />
          </div>
        </header>
        <main>
          {phase.name === 'loading' ? (
            <p role="status">{discreet ? t('discreet.loading') : t('app.loading')}</p>
          ) : phase.name === 'fatal' ? (
            <p className="message error card" role="alert">
              {phase.message}
            </p>
          ) : phase.name === 'create' ? (
            <>
              <CreateVault
                onCreated={(recoveryKey) => setPhase({ name: 'recovery-key', recoveryKey })}
                region={region}
                onRegionChange={(next) => {
                  setRegion(next);
                  saveRegion(next);
                }}
              />
              <p className="switch-method">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setPhase({ name: 'restore', back: 'create' })}
                >
                  {t('create.restoreLink')}
                </button>
              </p>
            </>
          ) : phase.name === 'restore' ? (
            <RestoreBackup
              onCancel={() =>
                setPhase(phase.back === 'create' ? { name: 'create' } : { name: 'locked', notice: null })
              }
              onRestored={(vault) =>
                setPhase(
                  vault.state === 'unlocked'
                    ? { name: 'unlocked', integrity: vault.integrity ?? 'checking' }
                    : { name: 'locked', notice: 'restored' },
                )
              }
            />
          ) : phase.name === 'recovery-key' ? (
            <RecoveryKeyStep
              recoveryKey={phase.recoveryKey}
              onDone={() => setPhase({ name: 'unlocked', integrity: 'verified' })}
            />
          ) : (
            <Unlock
              notice={phase.notice}
              onUnlocked={(integrity) => setPhase({ name: 'unlocked', integrity })}
              onRestore={() => setPhase({ name: 'restore', back: 'locked' })}
            />
          )}
        </main>
      </div>
    );

  return (
    <SafetyContext.Provider value={openSafety}>
      {/* Hidden, not unmounted: an unsaved draft is still there when the safety screen closes. */}
      <div hidden={safety !== null}>{screen}</div>
      {safety ? (
        <div className="center-screen">
          <header className="topbar">
            <Brand />
            <Preferences />
          </header>
          <main>
            <SafetyScreen
              onClose={() => setSafety(null)}
              region={region}
              onRegionChange={(next) => {
                setRegion(next);
                saveRegion(next);
              }}
              plan={phase.name === 'unlocked' ? plan : null}
              {...(phase.name === 'unlocked' && plan
                ? {
                    onSavePlan: async (next: SafetyPlan) => {
                      setPlan(await call('safety:savePlan', next));
                    },
                  }
                : {})}
              {...(safety.reason ? { reason: safety.reason } : {})}
            />
          </main>
        </div>
      ) : null}
    </SafetyContext.Provider>
  );
}
