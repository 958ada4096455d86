// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
// tests/run.mjs makes sure the binary exists before the e2e project starts.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PLAYER_ATTR, PLAYER_READY_ATTR } from '@/lib/player/key-listener';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium floods the closed network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  if (options.javaScriptEnabled !== false) await playersListening(page);
  return page;
}

/**
 * Resolves once every player on the page has hydrated and listens for keys and
 * swipes: a key pressed before that goes to the page, not the player.
 */
export async function playersListening(page: Page): Promise<void> {
  await page.waitForFunction(
    ([player, ready]) => [...document.querySelectorAll(`[${player}]`)].every((p) => p.hasAttribute(ready)),
    [PLAYER_ATTR, PLAYER_READY_ATTR] as const,
  );
}

/** Fails the test with axe-core's own words for every violation on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
