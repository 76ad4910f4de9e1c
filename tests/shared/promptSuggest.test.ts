import { describe, expect, it } from 'vitest';
import { PROMPT_PACKS, promptPackById } from '../../shared/content/prompts';
import { localDayNumber, suggestPrompt } from '../../shared/content/prompts/suggest';

const daily = promptPackById('daily-reflection')!;

describe('the prompt offered from a pack', () => {
  it('is one written for the morning in the morning, for the evening in the evening', () => {
    const morning = suggestPrompt(daily, { hour: 8, dayNumber: 100 });
    expect(morning.reason).toBe('morning');
    expect(morning.prompt.timeOfDay).toBe('morning');
    const evening = suggestPrompt(daily, { hour: 21, dayNumber: 100 });
    expect(evening.reason === 'evening' ? evening.prompt.timeOfDay : 'none').toBe(
      daily.prompts.some((p) => p.timeOfDay === 'evening') ? 'evening' : 'none',
    );
  });

  it('stays the same all day, changes the next day, and “another” walks through the whole pack', () => {
    for (const pack of PROMPT_PACKS) {
      const a = suggestPrompt(pack, { hour: 14, dayNumber: 200 });
      expect(suggestPrompt(pack, { hour: 15, dayNumber: 200 })).toEqual(a);
      expect(a.reason).toBe('today');
      if (pack.prompts.filter((p) => !p.timeOfDay || p.timeOfDay === 'any').length > 1) {
        expect(suggestPrompt(pack, { hour: 14, dayNumber: 201 }).prompt.id).not.toBe(a.prompt.id);
      }
      const seen = new Set<string>();
      for (let offset = 0; offset < pack.prompts.length; offset++) {
        seen.add(suggestPrompt(pack, { hour: 9, dayNumber: 200 }, offset).prompt.id);
      }
      expect(seen.size).toBe(pack.prompts.length);
    }
  });

  it('counts days in local time', () => {
    expect(localDayNumber(new Date(2026, 10, 30, 0, 5))).toBe(localDayNumber(new Date(2026, 10, 30, 23, 55)));
    expect(localDayNumber(new Date(2026, 11, 1, 0, 5)) - localDayNumber(new Date(2026, 10, 30, 23, 55))).toBe(
      1,
    );
  });
});
