import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/**
 * Steps every couple-space spec takes the same way. Each spec keeps its own partners, strings
 * and flow; only these two are shared.
 */

/** A screenshot of the screen as it is, then axe on it. */
export async function look(
  page: Page,
  shoot: (name: string) => Promise<string>,
  name: string,
): Promise<void> {
  await shoot(name);
  await expectNoAxeViolations(page);
}

/** The labels of the set-up form, in the spec's language. */
export interface SetupLabels {
  name: string;
  pronouns: string;
  secret: string;
  repeat: string;
}

/** One partner fills the couple set-up form (name, pronouns, secret twice), then submits. */
export async function setUpPartner(
  page: Page,
  s: SetupLabels,
  partner: { name: string; pronouns: string; secret: string },
  submit: string,
): Promise<void> {
  await page.getByLabel(s.name).fill(partner.name);
  await page.getByLabel(s.pronouns).fill(partner.pronouns);
  await page.getByLabel(s.secret, { exact: true }).fill(partner.secret);
  await page.getByLabel(s.repeat, { exact: true }).fill(partner.secret);
  await page.getByRole('button', { name: submit }).click();
}
