// Reading as a reader does it, on the real JWT lesson: lit lines on screen
// wherever a link lands, a player that fits, keys that leave a page read past
// the player alone, swipes on the code, Copy, progress and search.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getLessonSlugs } from '@/lib/lessons';
import { KEYS_SHARE } from '@/lib/player/in-view';
import { expectNoAxeViolations, launchBrowser, openPage, playersListening } from '../support/browser';

const base = inject('baseURL');
const LESSON = '/explainers/jwt-session-cookies';
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const LAPTOP = { viewport: { width: 1280, height: 720 } };
/** The JWT lesson's steps, as its counter shows them. */
const TOTAL = 13;
const counted = (step: number) => `STEP ${String(step).padStart(2, '0')} / ${TOTAL}`;
/** The code pane on screen: the selected file's (the JWT lesson has several). */
const PANE = '[data-player] [data-file-panel][data-selected] pre';
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const counter = (page: Page) => page.locator('[data-counter] [aria-hidden]').innerText();
const until = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('[data-counter] [aria-hidden]')?.textContent === t, text);

/** The lit lines, each with whether it sits wholly inside the code pane's visible box and the viewport. */
async function litPlacement(page: Page) {
  return page.evaluate((selector) => {
    const pane = document.querySelector(selector) as HTMLElement;
    const box = pane.getBoundingClientRect();
    return [...pane.querySelectorAll('[data-lit]')].map((line) => {
      const r = line.getBoundingClientRect();
      return {
        line: Number(line.getAttribute('data-line')),
        inPane: r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
        inViewport: r.top >= -1 && r.bottom <= innerHeight + 1,
        top: r.top,
        bottom: r.bottom,
      };
    });
  }, PANE);
}

/** Every lit line is in view, or, when a step lights more than the pane holds, the first ones are. */
async function expectLitInView(page: Page) {
  const lit = await litPlacement(page);
  expect(lit.length).toBeGreaterThan(0);
  const seen = lit.filter((l) => l.inPane && l.inViewport);
  expect(seen.length).toBeGreaterThan(0);
  // What is seen is the start of the run, not some middle part of it.
  expect(seen.map((l) => l.line)).toEqual(lit.slice(0, seen.length).map((l) => l.line));
  if (seen.length < lit.length) {
    // Only when the step's lines, first to last, are taller than the pane.
    const paneHeight = await page.evaluate((selector) => document.querySelector(selector)!.clientHeight, PANE);
    expect(lit.at(-1)!.bottom - lit[0]!.top).toBeGreaterThan(paneHeight);
  }
}

async function settle(page: Page) {
  // Hydrated (a busy machine can take seconds): on a link to a step the page has scrolled to the player.
  if (new URL(page.url()).searchParams.has('step')) await page.waitForFunction(() => scrollY > 0 || document.querySelector('[data-player]')!.getBoundingClientRect().top >= 0);
  // Smooth scrolling finishes well within this; the checks read where things ended up.
  await page.waitForTimeout(700);
}

describe('lit lines in view', () => {
  for (const [name, size] of [
    ['1440×900', DESKTOP],
    ['390×844', PHONE],
  ] as const) {
    for (const step of [1, 7, TOTAL]) {
      it(`?step=${step} at ${name}: the lit lines are in the pane and on screen`, async () => {
        const page = await openPage(browser, `${base}${LESSON}?step=${step}`, size);
        await until(page, counted(step));
        await settle(page);
        await expectLitInView(page);
        await page.context().close();
      });
    }
  }

  it('stays so as the reader steps through, without moving the page', async () => {
    const page = await openPage(browser, `${base}${LESSON}?step=1`, DESKTOP);
    await settle(page);
    const startY = await page.evaluate(() => window.scrollY);
    for (let step = 2; step <= TOTAL; step++) {
      await page.keyboard.press('ArrowRight');
      await until(page, counted(step));
      await settle(page);
      await expectLitInView(page);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(startY);
    await page.context().close();
  });
});

describe('a player that fits', () => {
  for (const [name, size] of [
    ['1440×900', DESKTOP],
    ['1280×720', LAPTOP],
  ] as const) {
    it(`at ${name} the Next button, the step text and the lit lines are on screen together`, async () => {
      for (const step of [7, TOTAL]) {
        const page = await openPage(browser, `${base}${LESSON}?step=${step}`, size);
        await settle(page);
        await expectLitInView(page);
        const inView = await page.evaluate(() => {
          const within = (el: Element | null) => {
            const r = el?.getBoundingClientRect();
            return !!r && r.top >= 0 && r.bottom <= innerHeight;
          };
          return {
            next: within(document.querySelector('[aria-label="Next step"]')),
            title: within(document.querySelector('[data-player] li[data-active] :is(h2, h3)')),
            player: document.querySelector('[data-player]')!.getBoundingClientRect().height <= innerHeight,
          };
        });
        expect(inView).toEqual({ next: true, title: true, player: true });
        await page.context().close();
      }
    }, 120_000);
  }
});

describe('keys', () => {
  // The page's keys go to a player at least half on screen (lib/player/in-view.ts):
  // a header that grew would leave a reader's first → doing nothing.
  for (const [name, options] of [['1280×720', LAPTOP], ['390×844', PHONE]] as const) {
    it(`at ${name} every lesson opens with its player on screen enough to take the keys`, async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const short: string[] = [];
      for (const slug of await getLessonSlugs()) {
        await page.goto(`${base}/explainers/${slug}`, { waitUntil: 'domcontentloaded' });
        const share = await page.evaluate(() => {
          const box = document.querySelector('[data-player]')!.getBoundingClientRect();
          const seen = Math.max(0, Math.min(innerHeight, box.bottom) - Math.max(0, box.top));
          return Math.max(seen / box.height, seen / innerHeight);
        });
        if (share < KEYS_SHARE) short.push(`${slug} (${share.toFixed(2)})`);
      }
      expect(short).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('leave the player alone once it is scrolled out of view: Space scrolls the page, End ends it', async () => {
    const page = await openPage(browser, base + LESSON, DESKTOP);
    // Read past the player: only its last 30 % of a screen still shows.
    await page.evaluate(() => scrollTo(0, document.querySelector('[data-player]')!.getBoundingClientRect().bottom + scrollY - innerHeight * 0.3));
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press('Space');
    await page.waitForFunction((y) => scrollY > y, before);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    expect(await counter(page)).toBe(counted(1));
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    // Back at the player, the keys are its own again.
    await page.evaluate(() => document.querySelector('[data-player]')!.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    await until(page, counted(2));
    await page.context().close();
  });
});

describe('on a phone', () => {
  async function swipe(page: Page, selector: string, dx: number) {
    const box = (await page.locator(selector).first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 120);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  it('a swipe on the code steps, and the code wraps with its line numbers in place', async () => {
    const page = await openPage(browser, base + LESSON, PHONE);
    // Narrow: wrapped from the start (the button says so once it has hydrated).
    await page.locator('button[aria-pressed="true"]', { hasText: 'Wrap' }).waitFor();
    // Wrapped: nothing scrolls sideways, so no line number can scroll away.
    expect(await page.evaluate((selector) => { const pane = document.querySelector(selector)!; return pane.scrollWidth <= pane.clientWidth + 1; }, PANE)).toBe(true);
    await swipe(page, PANE, -160);
    await until(page, counted(2));
    await swipe(page, PANE, 160);
    await until(page, counted(1));
    await page.context().close();
  });

  /** Whether the code pane, its first lit line, the Next button, the step's title and its text's first line are all on screen. */
  const together = (page: Page) =>
    page.evaluate((selector) => {
      const onScreen = (el: Element | null | undefined) => {
        const r = el?.getBoundingClientRect();
        return !!r && r.top >= -1 && r.bottom <= innerHeight + 1;
      };
      const step = document.querySelector('[data-player] li[data-active]');
      return {
        pane: onScreen(document.querySelector(selector)),
        lit: onScreen(document.querySelector(`${selector} [data-lit]`)),
        next: onScreen(document.querySelector('[aria-label="Next step"]')),
        title: onScreen(step?.querySelector(':is(h2, h3)')),
        text: onScreen(step?.querySelector(':scope > div > :first-child')),
      };
    }, PANE);
  const ALL = { pane: true, lit: true, next: true, title: true, text: true };

  for (const step of [1, 7, TOTAL]) {
    it(`?step=${step}: the code with its lit lines, the controls and the step's text are on screen together`, async () => {
      const page = await openPage(browser, `${base}${LESSON}?step=${step}`, PHONE);
      await until(page, counted(step));
      await settle(page);
      await expectLitInView(page);
      expect(await together(page)).toEqual(ALL);
      await page.context().close();
    });
  }

  it('reading down the text keeps the code on screen, and the next step starts in view', async () => {
    const page = await openPage(browser, `${base}${LESSON}?step=7`, PHONE);
    await until(page, counted(7));
    await settle(page);
    // The reader scrolls on through the text: the code column stays at the top.
    await page.evaluate(() => scrollBy({ top: 300, behavior: 'instant' }));
    await page.waitForTimeout(300);
    const pane = await page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().top, PANE);
    expect(pane).toBeGreaterThanOrEqual(0);
    expect(pane).toBeLessThan(200);
    await expectLitInView(page);
    // Stepping brings the new step's text back from under the code.
    await page.getByRole('button', { name: 'Next step' }).click();
    await until(page, counted(8));
    await settle(page);
    expect(await together(page)).toEqual(ALL);
    const under = await page.evaluate(() => {
      const code = document.querySelector('[data-player] [data-file-panel][data-selected] pre')!.getBoundingClientRect();
      return document.querySelector('[data-player] li[data-active] :is(h2, h3)')!.getBoundingClientRect().top - code.bottom;
    });
    expect(under).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the wrap toggle turns wrapping off and on', async () => {
    const page = await openPage(browser, base + LESSON, PHONE);
    const wrap = page.getByRole('button', { name: 'Wrap long lines' });
    await page.locator('button[aria-pressed="true"]', { hasText: 'Wrap' }).waitFor();
    await wrap.click();
    expect(await wrap.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate((selector) => { const pane = document.querySelector(selector)!; return pane.scrollWidth > pane.clientWidth + 1; }, PANE)).toBe(true);
    await wrap.click();
    expect(await wrap.getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });
});

describe('line numbers that stay put', () => {
  for (const [name, size] of [
    ['390×844, wrap off', PHONE],
    ['1280×720', LAPTOP],
  ] as const) {
    it(`at ${name}, scrolling the code sideways leaves the gutter as it was`, async () => {
      const page = await openPage(browser, `${base}${LESSON}?step=1`, size);
      await settle(page);
      const wrap = page.getByRole('button', { name: 'Wrap long lines' });
      if ((await wrap.getAttribute('aria-pressed')) === 'true') await wrap.click();
      const pane = page.locator(PANE);
      expect(await pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(40);
      const box = (await pane.boundingBox())!;
      const gutterWidth = await pane.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('[data-line]')!).paddingLeft));
      // The gutter, less the pane's border and a pixel of slack.
      const clip = { x: box.x + 2, y: box.y + 2, width: gutterWidth - 4, height: Math.min(box.height, 300) - 4 };
      const before = await page.screenshot({ clip });
      await pane.evaluate((el) => el.scrollTo({ left: 40, behavior: 'instant' }));
      await page.waitForTimeout(200);
      expect(await pane.evaluate((el) => el.scrollLeft)).toBe(40);
      expect((await page.screenshot({ clip })).equals(before)).toBe(true);
      await page.context().close();
    });
  }
});

describe('copy code', () => {
  it('puts the code on the clipboard exactly as shown, and says so', async () => {
    const page = await openPage(browser, base + LESSON, { ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const shown = await page.$$eval(`${PANE} [data-line]`, (lines) => lines.map((l) => l.textContent).join('\n'));
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByRole('status').filter({ hasText: 'Code copied to the clipboard' }).waitFor();
    await expect(page.getByRole('button', { name: 'Copied' }).count()).resolves.toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    expect(copied.split('\n')).toHaveLength(await page.locator(`${PANE} [data-line]`).count());
    // Step 1 shows the login handler: the copy is its code, markers and all tooling left out.
    expect(copied).toContain('export const login = route(');
    expect(copied).not.toMatch(/#region|#endregion|^\s*\d+\s/m);
    await page.context().close();
  });
});

describe('progress in this browser', () => {
  it('offers to resume where the reader left, never jumps there by itself', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(base + LESSON, { waitUntil: 'networkidle' });
    await playersListening(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await until(page, counted(5));
    await page.waitForTimeout(800);
    await page.goto(base + LESSON, { waitUntil: 'networkidle' });
    const resume = page.getByRole('button', { name: 'Resume at step 5' });
    await resume.waitFor();
    expect(await counter(page)).toBe(counted(1));
    await resume.click();
    await until(page, counted(5));
    await expect(resume.count()).resolves.toBe(0);
    await context.close();
  });

  it('reaching the last step marks the lesson done in the catalog, and it can be cleared', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(base + LESSON, { waitUntil: 'networkidle' });
    await playersListening(page);
    await page.keyboard.press('End');
    await until(page, counted(TOTAL));
    await page.waitForTimeout(800);
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    const card = page.locator('article', { has: page.locator(`a[href="${LESSON}"]`) });
    await card.locator('[data-progress="done"]').waitFor();
    await expect(card.locator('[data-progress]').innerText()).resolves.toBe('Done');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Clear reading progress' }).click();
    await expect(card.locator('[data-progress]').count()).resolves.toBe(0);
    await context.close();
  }, 120_000);

  it('with storage blocked, everything still works and nothing fails', async () => {
    const context = await browser.newContext(DESKTOP);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(base + LESSON, { waitUntil: 'networkidle' });
    await playersListening(page);
    await page.keyboard.press('ArrowRight');
    await until(page, counted(2));
    await page.waitForTimeout(800);
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    await expect(page.locator('main article').count()).resolves.toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search and filters', () => {
  const visibleTitles = (page: Page) => page.locator('main li:not([hidden]) article h2').allInnerTexts();

  it('/?q= works without JavaScript', async () => {
    const page = await openPage(browser, `${base}/?q=backoff`, { javaScriptEnabled: false });
    const titles = await visibleTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /retry|backoff/i.test(t))).toBe(true);
    await page.goto(`${base}/?q=zzzz-nothing`);
    expect(await visibleTitles(page)).toEqual([]);
    await expect(page.getByText('No explainers match').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('narrows as the reader types, by step titles too', async () => {
    const page = await openPage(browser, base + '/', DESKTOP);
    const all = (await visibleTitles(page)).length;
    await page.getByRole('searchbox', { name: 'Search explainers' }).fill('backoff');
    const narrowed = await visibleTitles(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('q')).toBe('backoff');
    // A JWT step title, not in the JWT lesson's title or tags.
    const stepTitle = await (await fetch(base + LESSON)).text().then((html) => /<h2[^>]*>([^<]+)<\/h2>/.exec(html.split('aria-label="Steps"')[1] ?? '')?.[1]);
    expect(stepTitle).toBeTruthy();
    await page.getByRole('searchbox', { name: 'Search explainers' }).fill(stepTitle!.toLowerCase());
    expect(await visibleTitles(page)).toContain('The login Route Handler, end to end');
    await page.context().close();
  });

  it('no filter link leads to an empty result', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/?q=cookie'];
    const cardsAt = (html: string) => (html.match(/<li data-search=/g) ?? []).length - (html.match(/<li data-search="[^"]*" hidden/g) ?? []).length;
    while (queue.length > 0 && seen.size < 40) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const html = await (await fetch(base + path)).text();
      expect(cardsAt(html), path).toBeGreaterThan(0);
      const nav = /<nav aria-label="Filter explainers"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      for (const [, href] of nav.matchAll(/href="([^"]+)"/g)) queue.push(href!.replaceAll('&amp;', '&'));
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('accessibility of what this adds', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the resume offer and the player's tools pass axe (${colorScheme})`, async () => {
      const context = await browser.newContext({ ...DESKTOP, colorScheme });
      await context.addInitScript(() => localStorage.setItem('stepwise-progress', JSON.stringify({ 'jwt-session-cookies': { step: 3, done: false } })));
      const page = await context.newPage();
      await page.goto(base + LESSON, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Resume at step 4' }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    }, 120_000);
  }
});
