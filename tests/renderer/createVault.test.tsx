import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AlcoveBridge } from '../../shared/ipc/contract';
import { CreateVault, estimateStrength } from '../../renderer/src/features/onboarding/CreateVault';
import { en } from '../../renderer/src/i18n/en';

/**
 * Pure form behaviour, without a core: the form must refuse before anything is sent. A bridge
 * that records calls stands in for window.alcove so "nothing was sent" can be asserted; every
 * real round trip is covered by the browser tests against the real core.
 */
const calls: string[] = [];
beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } } });
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
    render(<CreateVault onCreated={() => {}} />);
    fill('Choose a passphrase', 'short');
    fill('Repeat the passphrase', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create my journal' }));
    expect(screen.getByRole('alert').textContent).toBe('Use at least 8 characters.');
    expect(calls).toEqual([]);
  });

  it('refuses a confirmation that differs, without calling the core', () => {
    render(<CreateVault onCreated={() => {}} />);
    fill('Choose a passphrase', 'a long enough passphrase');
    fill('Repeat the passphrase', 'a long enough passphrasE');
    fireEvent.click(screen.getByRole('button', { name: 'Create my journal' }));
    expect(screen.getByRole('alert').textContent).toBe('The two passphrases are not the same.');
    expect(calls).toEqual([]);
  });

  it('sends a matching passphrase and shows the core’s refusal as a sentence', async () => {
    render(<CreateVault onCreated={() => {}} />);
    fill('Choose a passphrase', 'a long enough passphrase');
    fill('Repeat the passphrase', 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Create my journal' }));
    expect(await screen.findByText(/Something went wrong inside Alcove/)).toBeTruthy();
    expect(calls).toEqual(['vault:create']);
  });

  it('rates passphrase strength by length and variety', () => {
    expect(estimateStrength('password')).toBe('weak');
    expect(estimateStrength('correct horse')).toBe('fair');
    expect(estimateStrength('correct horse battery staple')).toBe('strong');
  });
});
