// The embed in real Chromium, framed by a page from another origin: a tiny
// host server on a second port whose page frames the app, uses the README's
// resize snippet, and records every message the frame sends it.
import { createServer, type Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { resizeScript } from '@/lib/embed/snippet';
import { getLesson } from '@/lib/lessons';
import { freePort } from '../support/server';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser';

const baseURL = inject('baseURL');
const SLUG = 'jwt-session-cookies';
let browser: Browser;
let host: Server;
let hostURL: string;

/** The host page: a field the reader is typing in, the frame, a sibling frame, and a message log. */
function hostPage(src: string): string {
  const appOrigin = new URL(baseURL).origin;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>
<body style="margin:0;font-family:sans-serif">
<main>
<h1 style="font-size:16px;margin:8px">A blog post about sessions</h1>
<label style="margin:8px">Comment <input id="comment" autofocus></label>
<iframe id="frame" src="${src}" title="Stepwise lesson" width="100%" height="300" style="border:0;display:block;max-width:100%"></iframe>
<iframe id="sibling" title="Another frame" srcdoc="<p>sibling</p>" width="10" height="10" style="border:0"></iframe>
<div style="height:3000px"></div>
</main>
<script>
window.received = [];
addEventListener('message', function (e) {
  if (e.origin === ${JSON.stringify(appOrigin)} && e.source === document.getElementById('frame').contentWindow) window.received.push(e.data);
});
</script>
${resizeScript(appOrigin)}
</body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const port = await freePort();
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(src));
  });
  await new Promise<void>((resolve) => host.listen(port, '127.0.0.1', resolve));
  // "localhost" against the app's 127.0.0.1: another origin, and another site.
  hostURL = `http://localhost:${port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

type Message = { type: string; step?: number; total?: number; height?: number };

async function framed(query = '', options: Parameters<typeof openPage>[2] = {}): Promise<{ page: Page; frame: Frame }> {
  const src = `${baseURL}/embed/${SLUG}${query}`;
  const page = await openPage(browser, `${hostURL}/?src=${encodeURIComponent(src)}`, options);
  const frame = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed/`));
  if (!frame) throw new Error(`the embed did not load; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
  // The bridge has run once the first step message is in.
  await page.waitForFunction(() => (window as unknown as { received: Message[] }).received.some((m) => m.type === 'stepwise:step'));
  return { page, frame };
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Message[] }).received);
const steps = async (page: Page) => (await received(page)).filter((m) => m.type === 'stepwise:step').map((m) => m.step);
const waitForStep = (page: Page, step: number, timeout = 30_000) =>
  page.waitForFunction((n) => (window as unknown as { received: Message[] }).received.some((m) => m.type === 'stepwise:step' && m.step === n), step, { timeout });
const postToFrame = (page: Page, data: unknown) =>
  page.evaluate((message) => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(message, '*'), data);
/** The lesson's step count as the counter shows it: "14". */
const TOTAL = String((await getLesson(SLUG))!.steps.length).padStart(2, '0');
const counter = (frame: Frame) => frame.locator('[data-counter] > [aria-hidden]').textContent();

describe('an embedded lesson', () => {
  test('?autoplay=0 waits: no step advances in 5 s', async () => {
    const { page, frame } = await framed('?autoplay=0');
    expect(await steps(page)).toEqual([1]);
    await page.waitForTimeout(5_000);
    expect(await steps(page)).toEqual([1]);
    expect(await counter(frame)).toBe(`STEP 01 / ${TOTAL}`);
    expect(await frame.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    await page.context().close();
  });

  test('without it, it plays: steps advance and each one is posted', async () => {
    const { page, frame } = await framed();
    await waitForStep(page, 2);
    expect((await received(page)).find((m) => m.type === 'stepwise:step' && m.step === 2)).toEqual({ type: 'stepwise:step', step: 2, total: Number(TOTAL) });
    expect(await counter(frame)).toMatch(new RegExp(`^STEP \\d\\d / ${TOTAL}$`));
    await page.context().close();
  });

  test('a reader who prefers reduced motion is not autoplayed at', async () => {
    const still = await framed('', { reducedMotion: 'reduce' });
    // The bridge decides at load, before its first message: the player is paused.
    expect(await still.frame.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    await still.page.context().close();
    const moving = await framed('', { reducedMotion: 'no-preference' });
    expect(await moving.frame.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    await moving.page.context().close();
  });

  test('the host never loses focus to it', async () => {
    const { page } = await framed();
    await waitForStep(page, 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
    await page.keyboard.type('hi');
    expect(await page.locator('#comment').inputValue()).toBe('hi');
    await page.context().close();
  });

  test('?step=N opens there; stepwise:goto moves it; pause and play obey', async () => {
    const { page, frame } = await framed('?autoplay=0&step=2');
    expect(await steps(page)).toEqual([2]);
    await postToFrame(page, { type: 'stepwise:goto', step: 5 });
    await waitForStep(page, 5);
    expect(await counter(frame)).toBe(`STEP 05 / ${TOTAL}`);
    await postToFrame(page, { type: 'stepwise:play' });
    await frame.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await postToFrame(page, { type: 'stepwise:pause' });
    await frame.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.context().close();
  });

  test('malformed messages, and messages from anyone but its parent, are ignored', async () => {
    const { page, frame } = await framed('?autoplay=0');
    for (const junk of [{ type: 'stepwise:goto', step: '4' }, { type: 'stepwise:goto', step: 0 }, { type: 'stepwise:goto' }, 'stepwise:play', null, { type: 'stepwise:Goto', step: 4 }]) {
      await postToFrame(page, junk);
    }
    // A sibling frame of the host is not the embed's parent.
    await page.evaluate(() => {
      const sibling = (document.getElementById('sibling') as HTMLIFrameElement).contentWindow as Window & { eval(code: string): unknown };
      sibling.eval("parent.document.getElementById('frame').contentWindow.postMessage({ type: 'stepwise:goto', step: 6 }, '*')");
    });
    // A valid goto afterwards is the first thing to move it.
    await postToFrame(page, { type: 'stepwise:goto', step: 3 });
    await waitForStep(page, 3);
    expect(await steps(page)).toEqual([1, 3]);
    expect(await counter(frame)).toBe(`STEP 03 / ${TOTAL}`);
    await page.context().close();
  });

  test('stepwise:resize arrives and the host snippet fits the frame to it', async () => {
    const { page, frame } = await framed('?autoplay=0');
    await page.waitForFunction(() => (window as unknown as { received: Message[] }).received.some((m) => m.type === 'stepwise:resize'));
    const reported = (await received(page)).filter((m) => m.type === 'stepwise:resize').at(-1)!.height!;
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(reported).toBe(content);
    await page.waitForFunction((h) => document.getElementById('frame')!.getBoundingClientRect().height === h, reported);
    expect(reported).toBeGreaterThan(300);
    // Fitted, the frame has nothing left to scroll.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    await page.context().close();
  });

  test('a click on the frame gives it the keys', async () => {
    const { page, frame } = await framed('?autoplay=0');
    await frame.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 2);
    await frame.locator('[data-active] h2').click();
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 3);
    expect(await counter(frame)).toBe(`STEP 03 / ${TOTAL}`);
    await page.context().close();
  });

  test('autoplay pauses while the frame is scrolled out of sight', async () => {
    const { page, frame } = await framed();
    const fill = frame.locator('[data-fill]');
    await expect.poll(() => fill.evaluate((el) => getComputedStyle(el).animationPlayState)).toBe('running');
    await page.evaluate(() => window.scrollTo(0, 2500));
    await expect.poll(() => fill.evaluate((el) => getComputedStyle(el).animationPlayState)).toBe('paused');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => fill.evaluate((el) => getComputedStyle(el).animationPlayState)).toBe('running');
    await page.context().close();
  });

  test('?theme=dark is dark, ?theme=light light, and otherwise the system decides', async () => {
    const background = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await framed('?autoplay=0&theme=dark');
    expect(await dark.frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(dark.frame)).toBe('rgb(11, 13, 17)');
    await dark.page.context().close();

    const light = await framed('?autoplay=0&theme=light', { colorScheme: 'dark' });
    expect(await background(light.frame)).toBe('rgb(247, 246, 243)');
    await light.page.context().close();

    const system = await framed('?autoplay=0', { colorScheme: 'dark' });
    expect(await background(system.frame)).toBe('rgb(11, 13, 17)');
    await system.page.context().close();
  });

  test('the credit opens the full lesson in a new tab', async () => {
    const { page, frame } = await framed('?autoplay=0');
    const credit = frame.getByRole('link', { name: /Explained by Stepwise/ });
    expect(await credit.getAttribute('target')).toBe('_blank');
    expect(await credit.getAttribute('rel')).toContain('noopener');
    expect(new URL((await credit.getAttribute('href'))!, baseURL).pathname).toBe(`/explainers/${SLUG}`);
    await page.context().close();
  });
});

describe('a shared step link', () => {
  test('opens the lesson page at that step, which then steps on as usual', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The site has no favicon yet; that 404 is not this page's doing.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`);
    });
    await page.goto(`${baseURL}/explainers/${SLUG}?step=3`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-counter] > [aria-hidden]').textContent()).toBe(`STEP 03 / ${TOTAL}`);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/[?&]step=4\b/);
    expect(new URL(page.url()).pathname).toBe(`/explainers/${SLUG}`);
    expect(await page.locator('[data-counter] > [aria-hidden]').textContent()).toBe(`STEP 04 / ${TOTAL}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the share menu copies a link to the step on screen, by keyboard, and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseURL}/explainers/${SLUG}?step=2`, { waitUntil: 'networkidle' });
    const toggle = page.getByRole('button', { name: 'Share' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Focus moves into the list; arrows move within it.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to step 2');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Step link copied' }).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/explainers/${SLUG}?step=2`);
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Share');
    // The embed code frames this step and carries the resize snippet.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`<iframe src="${baseURL}/embed/${SLUG}?step=2"`);
    expect(code).toContain('e.source');
    // Tabbing out of the list closes it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});

describe('framing anything else', () => {
  test('the sandbox refuses to be framed by another site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`${hostURL}/?src=${encodeURIComponent(`${baseURL}/sandbox`)}`, { waitUntil: 'networkidle' });
    expect(refusals.join('\n')).toContain(`violates the following Content Security Policy directive: "frame-ancestors 'self'"`);
    // Chromium puts its own error page where the sandbox would have been.
    const frame = await (await page.$('#frame'))!.contentFrame();
    expect(frame?.url()).toMatch(/^chrome-error:/);
    await context.close();
  });
});

describe('accessibility', () => {
  test.each(['light', 'dark'])('no axe-core violations in the embed (%s)', async (theme) => {
    const page = await openPage(browser, `${baseURL}/embed/${SLUG}?autoplay=0&theme=${theme}`);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
