// The walkthrough as a reader meets it: real Chromium against the production build.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser';

const base = inject('baseURL');
const LESSON = '/explainers/jwt-session-cookies';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The lines each step lights, read from the gutter marks the server renders for the no-JS view. */
async function linesOfStep(page: Page, step: number): Promise<number[]> {
  return page.$$eval(
    'pre [data-line][data-badge]',
    (lines, n) =>
      lines.filter((l) => l.getAttribute('data-badge')!.split(' ').includes(String(n))).map((l) => Number(l.getAttribute('data-line'))),
    step,
  );
}

/** How many steps the lesson has, from its step list. */
/** Every step in the HTML (the player hides all but the current one from the accessibility tree). */
const stepTotal = (page: Page) => page.locator('[data-player] ol[aria-label="Steps"] > li').count();
const padded = (n: number) => String(n).padStart(2, '0');
const litLines = (page: Page) => page.$$eval('pre [data-line][data-lit]', (lines) => lines.map((l) => Number(l.getAttribute('data-line'))));
const stepInUrl = (page: Page) => new URL(page.url()).searchParams.get('step');
const counter = (page: Page) => page.locator('[data-counter] [aria-hidden]').innerText();

describe('the walkthrough in Chromium', () => {
  it('steps with the arrow keys, keeps the step in the URL and lights that step’s lines', async () => {
    const page = await openPage(browser, base + LESSON);
    expect(await litLines(page)).toEqual(await linesOfStep(page, 1));
    const historyBefore = await page.evaluate(() => history.length);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '4');
    expect(stepInUrl(page)).toBe('4');
    const total = await stepTotal(page);
    expect(await counter(page)).toBe(`STEP 04 / ${padded(total)}`);
    const expected = await linesOfStep(page, 4);
    expect(expected.length).toBeGreaterThan(0);
    expect(await litLines(page)).toEqual(expected);
    await expect(page.locator('[aria-live]').first().innerText()).resolves.toMatch(new RegExp(`^Step 4 of ${total}: `));
    // History is replaced, not pushed: Back leaves the lesson rather than stepping.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.context().close();
  });

  it('jumps to the first step that explains a clicked line', async () => {
    const page = await openPage(browser, base + LESSON);
    const line = page.locator('pre [data-line][data-step="1"]').first();
    await line.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    expect(await counter(page)).toBe(`STEP 02 / ${padded(await stepTotal(page))}`);
    expect(await litLines(page)).toEqual(await linesOfStep(page, 2));
    await page.context().close();
  });

  it('plays by itself after Space', async () => {
    const page = await openPage(browser, base + LESSON);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /pause/i }).waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2', null, { timeout: 30_000 });
    expect(await counter(page)).toBe(`STEP 02 / ${padded(await stepTotal(page))}`);
    await page.context().close();
  });

  it('opens at the step a link names', async () => {
    const page = await openPage(browser, `${base}${LESSON}?step=5`);
    await page.waitForFunction(() => document.querySelector('[data-counter] [aria-hidden]')?.textContent?.includes('05'));
    expect(await counter(page)).toBe(`STEP 05 / ${padded(await stepTotal(page))}`);
    expect(await litLines(page)).toEqual(await linesOfStep(page, 5));
    await page.context().close();
  });

  it('reads whole without JavaScript: every step listed, in order, with its lines named', async () => {
    const page = await openPage(browser, base + LESSON, { javaScriptEnabled: false });
    const steps = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    const total = await steps.count();
    expect(total).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < total; i++) {
      await expect(steps.nth(i).isVisible()).resolves.toBe(true);
      await expect(steps.nth(i).textContent()).resolves.toMatch(new RegExp(`Step ${i + 1}[\\s\\S]*Lines? \\d`));
    }
    // Each step's lines carry its number in the gutter.
    for (let i = 1; i <= total; i++) expect((await linesOfStep(page, i)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('filters the catalog with plain links, without JavaScript', async () => {
    const page = await openPage(browser, base + '/', { javaScriptEnabled: false });
    const all = await page.locator('main article').count();
    expect(all).toBeGreaterThanOrEqual(3);
    await page.getByRole('navigation', { name: 'Filter explainers' }).getByRole('link', { name: /^Beginner/ }).click();
    await page.waitForURL(/level=beginner/);
    const levels = await page.locator('main article [data-level]').allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.length).toBeLessThan(all);
    expect(new Set(levels)).toEqual(new Set(['Beginner']));
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations on the catalog and a lesson page (${colorScheme})`, async () => {
      for (const path of ['/', LESSON]) {
        const page = await openPage(browser, base + path, { colorScheme });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        await expectNoAxeViolations(page);
        await page.context().close();
      }
    });
  }
});
