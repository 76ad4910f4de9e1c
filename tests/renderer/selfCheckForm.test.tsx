import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SCALES, type ScaleId } from '../../shared/content/scales';
import { SelfCheckForm } from '../../renderer/src/features/selfcheck/SelfCheckForm';
import { selfCheckEn, selfCheckFr } from '../../renderer/src/features/selfcheck/strings';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';

/**
 * Pure form behaviour: answers leave only through onSubmit, the help page opens only through
 * onSafety. The scale data comes from shared/content/scales.ts, so the wording tested here is the
 * instruments' own.
 */
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
  i18next.addResourceBundle('en', 'translation', { selfcheck: selfCheckEn }, true, true);
  i18next.addResourceBundle('fr', 'translation', { selfcheck: selfCheckFr }, true, true);
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

function setup(scale: ScaleId, onSubmit = vi.fn(async (_answers: number[]) => {})) {
  const onCancel = vi.fn();
  const onSafety = vi.fn();
  const view = render(
    <SelfCheckForm scale={scale} onSubmit={onSubmit} onCancel={onCancel} onSafety={onSafety} />,
  );
  return { ...view, onSubmit, onCancel, onSafety };
}

/** Picks `answers[i]` for item i, through the radio a person would click (English labels). */
function answer(scale: ScaleId, answers: number[], lang: 'en' | 'fr' = 'en') {
  const { items, options } = SCALES[scale];
  answers.forEach((value, index) => {
    const group = screen.getByRole('group', { name: items[index]!.text[lang] });
    const label = options.find((o) => o.value === value)!.label[lang];
    fireEvent.click(within(group).getByRole('radio', { name: label }));
  });
}

const submitButton = () => screen.getByRole('button', { name: 'See my score' });

describe('the self-check-in form', () => {
  it('shows one group of radios per item, with the official stem and answers', () => {
    setup('phq9');
    expect(screen.getByText(SCALES.phq9.period.en)).toBeTruthy();
    for (const item of SCALES.phq9.items) {
      const group = screen.getByRole('group', { name: item.text.en });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => r.parentElement?.textContent),
      ).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    }
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy();
  });

  it('keeps submit disabled until every item is answered, and counts progress', async () => {
    const { onSubmit } = setup('phq9');
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('0 of 9 answered')).toBeTruthy();
    answer('phq9', [1, 1, 1]);
    expect(screen.getByText('3 of 9 answered')).toBeTruthy();
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
    // Submitting the form another way (Enter) changes nothing either.
    await act(async () => {
      fireEvent.submit(submitButton().closest('form')!);
    });
    expect(onSubmit).not.toHaveBeenCalled();
    answer('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(screen.getByText('9 of 9 answered')).toBeTruthy();
    expect((submitButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('submits PHQ-9 answers, shows the score with its published band and the framing note', async () => {
    const { onSubmit, onSafety, onCancel } = setup('phq9');
    answer('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0]);
    await act(async () => {
      fireEvent.click(submitButton());
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(screen.getByText('Score: 8 of 27 — mild')).toBeTruthy();
    expect(
      screen.getByText(/bands published by the questionnaire’s authors, to discuss with a professional/),
    ).toBeTruthy();
    expect(screen.getByText('Saved in your journal.')).toBeTruthy();
    expect(onSafety).not.toHaveBeenCalled();
    // Saved: the answers are locked, and the way out is "Close".
    const first = screen.getByRole('group', { name: SCALES.phq9.items[0]!.text.en });
    expect((first.closest('fieldset.selfcheck-scale') as HTMLFieldSetElement).disabled).toBe(true);
    fireEvent.click(within(first).getByRole('radio', { name: 'Nearly every day' }));
    expect((within(first).getByRole('radio', { name: 'Several days' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByText('Score: 8 of 27 — mild')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('opens the help page at once when PHQ-9 item 9 is above 0, before saving finishes', async () => {
    let finish = () => {};
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { onSafety } = setup('phq9', onSubmit);
    answer('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 2]);
    await act(async () => {
      fireEvent.click(submitButton());
    });
    expect(onSafety).toHaveBeenCalledTimes(1);
    expect(onSafety.mock.calls[0]![0]).toBe(selfCheckEn.safety.message);
    expect(onSubmit).toHaveBeenCalledWith([0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(screen.getByText('Score: 2 of 27 — minimal')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('You don’t have to carry this alone');
    await act(async () => finish());
    // The help page can be opened again from the message.
    fireEvent.click(screen.getByRole('button', { name: 'Open the help page' }));
    expect(onSafety).toHaveBeenCalledTimes(2);
  });

  it('still opens the help page when saving fails, and keeps the answers to retry', async () => {
    const onSubmit = vi.fn(async (_answers: number[]): Promise<void> => {
      throw new Error('disk full');
    });
    const { onSafety } = setup('phq9', onSubmit);
    answer('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    await act(async () => {
      fireEvent.click(submitButton());
    });
    expect(onSafety).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved/);
    onSubmit.mockImplementation(async () => {});
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    });
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit).toHaveBeenLastCalledWith([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(screen.getByText('Saved in your journal.')).toBeTruthy();
    expect(onSafety).toHaveBeenCalledTimes(1);
  });

  it('scores WHO-5 as a percentage and GAD-7 on 21, never opening the help page', async () => {
    const who5 = setup('who5');
    answer('who5', [3, 3, 2, 2, 2]);
    await act(async () => {
      fireEvent.click(submitButton());
    });
    expect(who5.onSubmit).toHaveBeenCalledWith([3, 3, 2, 2, 2]);
    expect(screen.getByText(/^Score: 48 of 100 — 50 or below/)).toBeTruthy();
    cleanup();

    const gad7 = setup('gad7');
    answer('gad7', [3, 3, 3, 3, 3, 3, 3]);
    await act(async () => {
      fireEvent.click(submitButton());
    });
    expect(screen.getByText('Score: 21 of 21 — severe')).toBeTruthy();
    expect(who5.onSafety).not.toHaveBeenCalled();
    expect(gad7.onSafety).not.toHaveBeenCalled();
  });

  it('cancels without sending anything', () => {
    const { onCancel, onSubmit } = setup('gad7');
    answer('gad7', [1, 2]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('renders the French items, answers and result in French', async () => {
    await i18next.changeLanguage('fr');
    const { onSubmit } = setup('phq9');
    // The stem keeps its no-break space before « ? » (getByText would fold it into a plain space).
    expect(
      screen.getByRole('group', { name: /^Au cours des 2 dernières semaines/ }).querySelector('legend')
        ?.textContent,
    ).toBe(SCALES.phq9.period.fr);
    expect(screen.getByRole('group', { name: 'Être triste, déprimé(e) ou désespéré(e)' })).toBeTruthy();
    expect(screen.queryByText('Feeling down, depressed, or hopeless')).toBeNull();
    expect(screen.getAllByRole('radio', { name: 'Plus de la moitié du temps' })).toHaveLength(9);
    answer('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0], 'fr');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Voir mon score' }));
    });
    expect(onSubmit).toHaveBeenCalledWith([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(screen.getByText(/^Score.: 8 sur 27 — léger$/).textContent).toBe('Score\u00a0: 8 sur 27 — léger');
  });

  it('has no axe violation, before and after scoring', async () => {
    const { container } = setup('gad7');
    const check = async () => {
      const results = await axe.run(container, {
        // happy-dom has no layout: contrast is checked against tokens.css, not here.
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
    };
    await check();
    answer('gad7', [1, 1, 1, 1, 1, 0, 0]);
    await act(async () => {
      fireEvent.click(submitButton());
    });
    await check();
  });
});
