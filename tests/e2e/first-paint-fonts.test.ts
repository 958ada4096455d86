// Every family, size and weight a page paints is a font the browser sets up
// on its first paint, and every name in a font stack that the system lacks is
// one more lookup (on Linux, a round trip to the browser process each): on a
// phone's cold start these are most of a lesson page's first layout. So the
// lesson pages keep to a few of them, and each stack leads with a name the
// platform has. A new weight or size on a lesson page fails here first.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const base = inject('baseURL');
/** The lesson pages' own fonts, counted on a phone: what the site's 404 page uses (7) and a few for code and headings. */
const MOST_FONTS = 10;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each distinct "family size weight style" that laid-out text (pseudo-elements included) is painted in. */
async function fontsPainted(path: string): Promise<{ fonts: string[]; stacks: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  const found = await page.evaluate(() => {
    const fonts = new Set<string>();
    const stacks = new Set<string>();
    const add = (element: Element, pseudo?: string) => {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && (style.content === 'none' || style.content === 'normal')) return;
      fonts.add(`${style.fontFamily.split(',')[0]} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
      stacks.add(style.fontFamily);
    };
    const text = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = text.nextNode(); node; node = text.nextNode()) {
      const parent = node.parentElement;
      if (node.textContent?.trim() && parent?.getClientRects().length) add(parent);
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.getClientRects().length) continue;
      add(element, '::before');
      add(element, '::after');
    }
    return { fonts: [...fonts].sort(), stacks: [...stacks] };
  });
  await context.close();
  return found;
}

describe('fonts a lesson page sets up on first paint', () => {
  for (const slug of ['jwt-session-cookies', 'retry-with-backoff']) {
    it(`${slug}: at most ${MOST_FONTS}, each stack led by a name the platform has`, async () => {
      const { fonts, stacks } = await fontsPainted(`/explainers/${slug}`);
      expect(fonts.length, fonts.join('\n')).toBeLessThanOrEqual(MOST_FONTS);
      // Both of the site's stacks, and no other: system-ui everywhere; ui-monospace on
      // Apple systems, then the monospace fonts Linux ships, before Windows' and the generic.
      expect(new Set(stacks.map((stack) => stack.split(',')[0]!.trim()))).toEqual(new Set(['system-ui', 'ui-monospace']));
      for (const stack of stacks.filter((s) => s.startsWith('ui-monospace'))) {
        expect(stack.split(',').map((name) => name.trim().replace(/"/g, ''))).toEqual(['ui-monospace', 'Liberation Mono', 'DejaVu Sans Mono', 'Menlo', 'Consolas', 'monospace']);
      }
    });
  }
});
