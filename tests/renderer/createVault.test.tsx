import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AlcoveBridge } from '../../shared/ipc/contract';
import { CreateVault } from '../../renderer/src/features/onboarding/CreateVault';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';

/**
 * Pure form behaviour, without a core: the form must refuse before anything is sent. A bridge
 * that records calls stands in for window.alcove so "nothing was sent" can be asserted; every
 * real round trip is covered by the browser tests against the real core.
 */
const calls: string[] = [];
beforeAll(async () => {
  await i18next
    .use(initReactI18next)
    .init({ lng: 'en', resources: { en: { translation: en }, fr: { translation: fr } } });
  const recorder: AlcoveBridge = {
    host: 'test',
    invoke: async (channel) => {
      calls.push(channel);
      return { ok: false, error: { code: 'INTERNAL', message: 'not in this test' } };
    },
    on: () => () => {},
  };
  Object.defineProperty(window, 'alcove', { value: recorder, configurable: true });
});
afterEach(() => {
  cleanup();
  calls.length = 0;
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('creating a vault', () => {
  it('refuses a short passphrase without calling the core', () => {
    render(<CreateVault onCreated={() => {}} region="FR" onRegionChange={() => {}} />);
    fill('Choose a passphrase', 'short');
    fill('Repeat the passphrase', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create my journal' }));
    expect(screen.getByRole('alert').textContent).toBe('Use at least 8 characters.');
    expect(calls).toEqual([]);
  });

  it('refuses a confirmation that differs, without calling the core', () => {
    render(<CreateVault onCreated={() => {}} region="FR" onRegionChange={() => {}} />);
    fill('Choose a passphrase', 'a long enough passphrase');
    fill('Repeat the passphrase', 'a long enough passphrasE');
    fireEvent.click(screen.getByRole('button', { name: 'Create my journal' }));
    expect(screen.getByRole('alert').textContent).toBe('The two passphrases are not the same.');
    expect(calls).toEqual([]);
  });

  it('sends a matching passphrase and shows the core’s refusal as a sentence', async () => {
    render(<CreateVault onCreated={() => {}} region="FR" onRegionChange={() => {}} />);
    fill('Choose a passphrase', 'a long enough passphrase');
    fill('Repeat the passphrase', 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Create my journal' }));
    expect(await screen.findByText(/Something went wrong inside Alcove/)).toBeTruthy();
    expect(calls).toEqual(['vault:create']);
  });

  it('rates the passphrase with zxcvbn as it is typed, and says why in our own words', async () => {
    render(<CreateVault onCreated={() => {}} region="FR" onRegionChange={() => {}} />);
    fill('Choose a passphrase', 'password');
    expect(await screen.findByText('Strength: very weak')).toBeTruthy();
    expect(screen.getByText(/would need less than a minute to guess it/)).toBeTruthy();
    expect(screen.getByText('This is a common password: it is among the first ones tried.')).toBeTruthy();
    fill('Choose a passphrase', 'river candle orbit maple');
    expect(await screen.findByText('Strength: strong')).toBeTruthy();
    expect(screen.getByText(/would need more than a century to guess it/)).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('rates with the French dictionaries and speaks French when the app does', async () => {
    await i18next.changeLanguage('fr');
    try {
      render(<CreateVault onCreated={() => {}} region="FR" onRegionChange={() => {}} />);
      fill('Choisissez une phrase secrète', 'bibliothèque');
      expect(await screen.findByText(/^Robustesse\s: très faible$/)).toBeTruthy();
      expect(screen.getByText('Un mot seul se trouve vite, même rare.')).toBeTruthy();
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
