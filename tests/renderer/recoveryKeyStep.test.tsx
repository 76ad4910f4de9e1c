import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RecoveryKeyStep } from '../../renderer/src/features/onboarding/RecoveryKeyStep';
import { en } from '../../renderer/src/i18n/en';

/** The recovery-key check is pure UI (the core is not involved): the user must prove they kept it. */
const KEY = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-WXYZ';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } } });
});
afterEach(cleanup);

function setup() {
  const done: string[] = [];
  render(<RecoveryKeyStep recoveryKey={KEY} onDone={() => done.push('done')} />);
  return {
    done,
    continueButton: () => screen.getByRole('button', { name: 'Continue to my journal' }),
    wroteItDown: () => fireEvent.click(screen.getByLabelText('I wrote it down and keep it somewhere safe')),
    typeLastGroup: (value: string) =>
      fireEvent.change(screen.getByLabelText('To be sure, type the last group of the key'), {
        target: { value },
      }),
  };
}

describe('the recovery key step', () => {
  it('shows the key in groups of four', () => {
    setup();
    expect(screen.getByTestId('recovery-key').textContent).toBe(KEY.replaceAll('-', ' '));
  });

  it('keeps Continue disabled until the user says they wrote it down and types a group', () => {
    const { continueButton, wroteItDown, typeLastGroup } = setup();
    expect(continueButton()).toHaveProperty('disabled', true);
    typeLastGroup('WXYZ');
    expect(continueButton()).toHaveProperty('disabled', true);
    wroteItDown();
    expect(continueButton()).toHaveProperty('disabled', false);
  });

  it('refuses a group that is not the last one', () => {
    const { done, continueButton, wroteItDown, typeLastGroup } = setup();
    wroteItDown();
    typeLastGroup('ABCD');
    fireEvent.click(continueButton());
    expect(screen.getByRole('alert').textContent).toBe('That is not the last group. Look at the key again.');
    expect(done).toEqual([]);
  });

  it('accepts the last group in any case, with stray spaces', () => {
    const { done, continueButton, wroteItDown, typeLastGroup } = setup();
    wroteItDown();
    typeLastGroup(' wx yz ');
    fireEvent.click(continueButton());
    expect(done).toEqual(['done']);
  });
});
