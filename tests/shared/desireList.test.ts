import { describe, expect, it } from 'vitest';
import {
  DESIRE_GROUPS,
  DESIRE_ITEM_IDS,
  DESIRE_LIST,
  DesireListSchema,
} from '../../shared/content/couple/desireList';

describe('the yes / no / maybe desire list', () => {
  it('is valid, names its framework, and every item has its English and French wording', () => {
    expect(DesireListSchema.parse(DESIRE_LIST)).toEqual(DESIRE_LIST);
    expect(DESIRE_LIST.framework.en).toMatch(/Basson/);
    expect(DESIRE_LIST.framework.fr).toMatch(/Basson/);
    for (const item of DESIRE_LIST.items) {
      expect(item.en.trim(), item.id).not.toBe('');
      expect(item.fr.trim(), item.id).not.toBe('');
      expect(item.fr, item.id).not.toBe(item.en);
    }
  });

  it('holds 30 to 40 items, each group used, ids unique', () => {
    expect(DESIRE_ITEM_IDS.length).toBeGreaterThanOrEqual(30);
    expect(DESIRE_ITEM_IDS.length).toBeLessThanOrEqual(40);
    expect(new Set(DESIRE_ITEM_IDS).size).toBe(DESIRE_ITEM_IDS.length);
    expect(new Set(DESIRE_LIST.items.map((item) => item.group))).toEqual(new Set(DESIRE_GROUPS));
  });

  it('refuses a list where an item lacks its French wording', () => {
    const broken = {
      ...DESIRE_LIST,
      items: DESIRE_LIST.items.map((item, i) => (i === 3 ? { ...item, fr: '' } : item)),
    };
    expect(DesireListSchema.safeParse(broken).success).toBe(false);
  });

  it('follows French typography: no straight apostrophe, a no-break space before : ; ! ?', () => {
    for (const item of DESIRE_LIST.items) {
      expect(item.fr, item.id).not.toMatch(/'/);
      expect(item.fr, item.id).not.toMatch(/[^\u00a0][:;!?]/);
    }
  });
});
