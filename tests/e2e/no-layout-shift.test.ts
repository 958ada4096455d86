// A slow phone paints a page while it is still arriving. Whatever it has
// painted must stay put as the rest comes: the site header, the player's header
// and its controls are cut short at every tag, shown without the scripts (as
// before hydration), and each element already there must sit where it sits in
// the whole page. A right-aligned row that grows leftwards, or a bar placed above
// buttons that came first, fails here.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const base = inject('baseURL');
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
};
/** The rows that are on screen first and are made of several parts. */
const WATCHED = ['body > header', '[data-player] > header', '[data-player] [role="group"][aria-label="Player controls"]'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the page's HTML may be cut: before each tag inside the watched rows (the browser closes what is left open). */
function cutPoints(html: string): number[] {
  const body = html.indexOf('<body');
  const player = html.indexOf('data-player');
  const controls = html.indexOf('aria-label="Player controls"');
  const rows: [number, number][] = [
    [html.indexOf('<header', body), html.indexOf('</header>', body)],
    [html.indexOf('<header', player), html.indexOf('</header>', player)],
    [controls, html.indexOf('</div>', html.indexOf('aria-label="Keyboard shortcuts"', controls))],
  ];
  const cuts: number[] = [];
  for (const [start, end] of rows) {
    expect(start).toBeGreaterThan(body);
    expect(end).toBeGreaterThan(start);
    for (const match of html.slice(start, end).matchAll(/<(?:a|button|nav|span|svg)[\s>]/g)) cuts.push(start + match.index);
  }
  return cuts;
}

/** Each element of the watched rows, by its place in the tree, with its top-left corner. */
function positions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate((selectors) => {
    const path = (element: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
        parts.unshift(`${e.tagName}:${Array.prototype.indexOf.call(e.parentElement?.children ?? [], e)}`);
      }
      return parts.join('/');
    };
    const seen: Record<string, [number, number]> = {};
    for (const selector of selectors) {
      const root = document.querySelector(selector);
      if (!root) continue;
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (element.closest('svg') && element.tagName.toLowerCase() !== 'svg') continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue; // nothing on screen (yet): nothing to move
        seen[path(element)] = [Math.round(box.x), Math.round(box.y)];
      }
    }
    return seen;
  }, WATCHED);
}

/** The page as served, or cut at `cut`, with no script but the inline theme script that runs before paint. */
async function render(page: Page, url: string, html: string): Promise<Record<string, [number, number]>> {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url, { waitUntil: 'load' });
  await page.unroute(url);
  return positions(page);
}

describe('nothing painted early moves as the rest of the page arrives', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`the JWT lesson, ${name}`, async () => {
      const url = `${base}/explainers/jwt-session-cookies`;
      const html = await (await fetch(url)).text();
      const context = await browser.newContext({ viewport });
      // No hydration: what a reader sees before the scripts run.
      await context.route('**/_next/static/**/*.js', (route) => route.abort());
      const page = await context.newPage();
      const whole = await render(page, url, html);
      expect(Object.keys(whole).length).toBeGreaterThan(20);
      const cuts = cutPoints(html);
      expect(cuts.length).toBeGreaterThan(15);
      const moved: string[] = [];
      for (const cut of cuts) {
        const early = await render(page, url, html.slice(0, cut));
        for (const [key, [x, y]] of Object.entries(early)) {
          const final = whole[key];
          if (final && (final[0] !== x || final[1] !== y)) moved.push(`${key} at (${x}, ${y}), then (${final[0]}, ${final[1]}), cut at ${html.slice(cut, cut + 40)}`);
        }
      }
      expect(moved).toEqual([]);
      await context.close();
    });
  }
});
