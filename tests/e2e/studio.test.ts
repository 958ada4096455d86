// The studio in real Chromium: paste code, make three steps by selecting
// lines (keys, click + shift-click, drag), preview and step with the keys,
// copy the share link, and open it in a fresh browser context. Everything by
// keyboard where a reader would; axe clean in both themes; hostile links
// fire no dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { buildLesson } from '@/lib/lessons/build';
import { encodeWalkthrough } from '@/lib/studio/codec';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser';

const base = inject('baseURL');
let browser: Browser;

const CODE = [
  'export async function retry(work, tries = 3) {',
  '  for (let i = 1; ; i++) {',
  '    try {',
  '      return await work();',
  '    } catch (error) {',
  '      if (i >= tries) throw error;',
  '    }',
  '    await sleep(100 * 2 ** i);',
  '  }',
  '}',
].join('\n');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const lines = (page: Page) => page.getByRole('listbox', { name: /Code lines/ });
const option = (page: Page, n: number) => lines(page).locator(`[data-n="${n}"]`);
const stepTitle = (page: Page, n: number) => page.locator(`#step-${n - 1}-title`);
const counter = (page: Page) => page.locator('[aria-label="Preview of the walkthrough"] [data-counter] [aria-hidden]').innerText();

async function openStudio(colorScheme: 'light' | 'dark' = 'light') {
  const page = await openPage(browser, `${base}/studio`, { colorScheme, permissions: ['clipboard-read', 'clipboard-write'] });
  // Hydrated, with its draft opened: typing before then would be undone.
  await page.locator('[data-ready]').waitFor();
  return page;
}

/** Paste the code, give it a title and a file name, wait for the server's colours. */
async function writeCode(page: Page) {
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Retry with backoff');
  await page.getByRole('textbox', { name: 'File name' }).fill('retry.js');
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(CODE);
  await option(page, 1).locator('span').first().waitFor();
}

async function makeThreeSteps(page: Page) {
  // Step 1 by keyboard: focus the lines, Space selects line 1, Alt+N makes the step and focuses its title.
  await lines(page).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Alt+N');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-0-title');
  await page.keyboard.type('The signature');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Takes the **work** and how many tries.');

  // Step 2: click line 3, shift-click line 4.
  await option(page, 3).click();
  await option(page, 4).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New step from selection' }).click();
  await stepTitle(page, 2).fill('Try the work');

  // Step 3: drag from line 5 to line 7 (in view first: focusing step 2's title scrolled the page).
  await option(page, 7).scrollIntoViewIfNeeded();
  await option(page, 5).scrollIntoViewIfNeeded();
  const from = await option(page, 5).boundingBox();
  const to = await option(page, 7).boundingBox();
  await page.mouse.move(from!.x + 40, from!.y + 5);
  await page.mouse.down();
  await page.mouse.move(to!.x + 40, to!.y + 5, { steps: 5 });
  await page.mouse.up();
  await page.getByText('Lines 5–7', { exact: true }).waitFor();
  await page.keyboard.press('Alt+N');
  await stepTitle(page, 3).fill('Give up after the last try');
}

describe('the studio', () => {
  it('paste → three steps → preview with the keys → share link → the same walkthrough in a fresh browser', async () => {
    const page = await openStudio();
    await writeCode(page);
    await makeThreeSteps(page);

    const specs = await page.getByRole('textbox', { name: 'Lines' }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(specs).toEqual(['1', '3-4', '5-7']);
    // The active step's lines are lit in the editor as in the player.
    expect(await lines(page).locator('[data-lit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-n')))).toEqual(['5', '6', '7']);

    // The preview is the real player: focus it and step with the keys.
    const preview = page.getByRole('region', { name: 'Preview of the walkthrough' });
    await preview.getByRole('button', { name: 'Previous step' }).waitFor();
    expect(await counter(page)).toBe('STEP 03 / 03');
    // Focus inside the player (not its code pane, which keeps ←/→ for scrolling when it overflows).
    await preview.getByRole('button', { name: 'Previous step' }).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => counter(page)).toBe('STEP 01 / 03');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page)).toBe('STEP 02 / 03');
    expect(await preview.locator('[data-lit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line')))).toEqual(['3', '4']);

    // Share: copied to the clipboard and shown.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const field = page.getByRole('textbox', { name: /^Link \(/ });
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${base}/w/1\\.[A-Za-z0-9_-]+$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // A fresh browser context (no storage, no cookies) sees the same walkthrough.
    const other = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const shared = await other.newPage();
    const referrers: Promise<string | undefined>[] = [];
    shared.on('request', (request) => referrers.push(request.allHeaders().then((headers) => headers.referer)));
    const response = await shared.goto(link, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Its scripts, styles and icon are asked for with our origin as the referrer, not the walkthrough again.
    expect(new Set((await Promise.all(referrers)).filter(Boolean))).toEqual(new Set([`${base}/`]));
    await expect(shared.locator('h1').innerText()).resolves.toBe('Retry with backoff');
    const titles = await shared.getByRole('list', { name: 'Steps' }).locator('h2').allTextContents();
    expect(titles).toEqual(['The signature', 'Try the work', 'Give up after the last try']);
    await expect(shared.locator('pre [data-line]').count()).resolves.toBe(10);
    await shared.keyboard.press('ArrowRight');
    await shared.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    expect(await shared.locator('pre [data-lit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line')))).toEqual(['3', '4']);
    // Its share menu hands out the walkthrough's own links, read from the address bar.
    await shared.getByRole('button', { name: 'Share' }).click();
    await shared.getByRole('button', { name: 'Copy link to step 2' }).click();
    await expect.poll(() => shared.evaluate(() => navigator.clipboard.readText())).toBe(`${link}?step=2`);
    await shared.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => shared.evaluate(() => navigator.clipboard.readText())).toContain(`<iframe src="${link.replace('/w/', '/embed/w/')}?step=2"`);
    await other.close();
    await page.context().close();
  });

  it('exports a .mdx that builds as a lesson', async () => {
    const page = await openStudio();
    await writeCode(page);
    await makeThreeSteps(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .mdx' }).click()]);
    expect(download.suggestedFilename()).toBe('retry-with-backoff.mdx');
    const source = await readFile((await download.path())!, 'utf8');
    const { lesson } = await buildLesson({ slug: 'retry-with-backoff', file: 'content/retry-with-backoff.mdx', source, root: process.cwd() });
    expect(lesson.meta.title).toBe('Retry with backoff');
    expect(lesson.steps.map((s) => [s.title, s.lines])).toEqual([
      ['The signature', [1]],
      ['Try the work', [3, 4]],
      ['Give up after the last try', [5, 6, 7]],
    ]);
    await page.context().close();
  });

  it('exports the summary, level, tags and takeaways the author set, after naming a wrong one beside its field', async () => {
    const page = await openStudio();
    await writeCode(page);
    await makeThreeSteps(page);
    const details = page.getByRole('region', { name: /Lesson details/ });
    await details.getByRole('textbox', { name: /^Summary/ }).fill('Retry a failing call with exponential backoff, and give up after the last try.');
    await details.getByRole('combobox', { name: 'Level' }).selectOption('Intermediate');
    await details.getByRole('checkbox', { name: 'retries' }).check();
    await details.getByRole('checkbox', { name: 'async' }).check();
    const takeaway = (n: number) => details.getByRole('textbox', { name: `Takeaway ${n}` });
    await takeaway(1).fill('Back off between tries, doubling the wait.');
    await takeaway(2).fill('only retry work that is safe to repeat');
    await takeaway(3).fill('The last failure reaches the caller.');
    // Named beside its field, in words, and the download waits for it.
    await expect(details.locator('[data-error-for="takeaway-1"]').innerText()).resolves.toBe('Write it as a sentence: a capital letter first, a full stop at the end.');
    expect(await takeaway(2).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Download .mdx' }).click();
    await page.getByText(/^Fix the lesson details first/).waitFor();
    await takeaway(2).fill('Only retry work that is safe to repeat.');
    expect(await details.locator('[data-error-for]').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .mdx' }).click()]);
    const source = await readFile((await download.path())!, 'utf8');
    const { lesson } = await buildLesson({ slug: 'retry-with-backoff', file: 'content/retry-with-backoff.mdx', source, root: process.cwd() });
    expect(lesson.meta).toMatchObject({
      title: 'Retry with backoff',
      summary: 'Retry a failing call with exponential backoff, and give up after the last try.',
      level: 'Intermediate',
      tags: ['async', 'retries'],
      takeaways: ['Back off between tries, doubling the wait.', 'Only retry work that is safe to repeat.', 'The last failure reaches the caller.'],
    });
    // Kept with the draft.
    await page.waitForTimeout(600);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-ready]').waitFor();
    await expect.poll(() => page.getByRole('region', { name: /Lesson details/ }).getByRole('combobox', { name: 'Level' }).inputValue()).toBe('Intermediate');
    expect(await page.getByRole('checkbox', { name: 'retries' }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('fits a phone: nothing widens the page, and the preview is a tab', async () => {
    const page = await openPage(browser, `${base}/studio`, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.locator('[data-ready]').waitFor();
    await writeCode(page);
    await option(page, 3).click();
    await page.getByRole('button', { name: 'New step from selection' }).click();
    // A wider page would make a phone zoom out: its layout viewport grows past the screen.
    expect(await page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth])).toEqual([390, 390]);
    const preview = page.getByRole('region', { name: 'Preview of the walkthrough' });
    expect(await preview.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await preview.getByRole('button', { name: 'Next step' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title', exact: true }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('on a phone, a tap picks the line under the finger and scrolls nothing; a scroll that starts on a line picks none', async () => {
    const page = await openPage(browser, `${base}/studio`, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.locator('[data-ready]').waitFor();
    await writeCode(page);
    const selected = () => lines(page).locator('[aria-selected="true"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-n'))));
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY));

    // Line 3 just above the bottom edge, where focusing the list used to scroll it up under the finger.
    const box = (await option(page, 3).boundingBox())!;
    await page.evaluate((y) => window.scrollBy(0, y), box.y + box.height + 4 - 844);
    const landed = (await option(page, 3).boundingBox())!;
    expect(landed.y + landed.height).toBeLessThanOrEqual(844);
    const before = await scrollY();
    await page.touchscreen.tap(landed.x + 60, landed.y + landed.height / 2);
    await expect.poll(selected).toEqual([3]);
    expect(await scrollY()).toBe(before);

    // A finger that comes down on line 2 and drags down scrolls the page back up; line 3 stays the only one picked.
    const start = (await option(page, 2).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const [x, y] = [start.x + 60, start.y + start.height / 2];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + 10 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(scrollY).toBeLessThan(before);
    expect(await selected()).toEqual([3]);
    await page.context().close();
  });

  it('opens an existing lesson as a new draft, every step in place', async () => {
    const page = await openStudio();
    await page.getByRole('combobox', { name: 'Open a lesson' }).selectOption('retry-with-backoff');
    await page.getByRole('button', { name: 'Open as a new draft' }).click();
    await page.waitForURL(/\/studio$/);
    await page.locator('[data-ready]').waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toMatch(/^Retry with exponential backoff/);
    const specs = await page.getByRole('textbox', { name: 'Lines' }).count();
    expect(specs).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[class*="problems"]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('keeps the draft across a reload, lists drafts, and "New" starts clean', async () => {
    const page = await openStudio();
    await writeCode(page);
    await lines(page).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Alt+N');
    await page.keyboard.type('Kept');
    await page.waitForTimeout(600); // the save waits for a pause in typing
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-ready]').waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Retry with backoff');
    await expect(stepTitle(page, 1).inputValue()).resolves.toBe('Kept');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).resolves.toBe('');
    const options = await page.getByRole('combobox', { name: 'Draft' }).locator('option').allInnerTexts();
    expect(options.some((o) => o.startsWith('Retry with backoff'))).toBe(true);
    await page.context().close();
  });

  it('moves, reorders and says what is wrong, in words, beside the step', async () => {
    const page = await openStudio();
    await writeCode(page);
    await makeThreeSteps(page);
    // Alt+Shift+↑ moves the active (third) step up.
    await stepTitle(page, 3).focus();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => stepTitle(page, 2).inputValue()).toBe('Give up after the last try');
    await page.getByRole('textbox', { name: 'Lines' }).nth(1).fill('8-40');
    await page.getByText('Lines 8-40 run past the end (10 lines)').waitFor();
    await page.getByRole('button', { name: 'Delete step 2' }).click();
    await expect(page.getByRole('textbox', { name: 'Lines' }).count()).resolves.toBe(2);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations on the studio and a shared page (${colorScheme})`, async () => {
      const page = await openStudio(colorScheme);
      await writeCode(page);
      await makeThreeSteps(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      const link = await page.getByRole('textbox', { name: /^Link \(/ }).inputValue();
      await page.goto(link, { waitUntil: 'networkidle' });
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }

  it('fires no dialog for hostile content, on the shared page, its embed and in the studio', async () => {
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>';
    const data = await encodeWalkthrough({
      title: `T ${attack}`,
      files: [{ name: 'x.ts', language: 'typescript', code: `const a = "${attack}";\n// ${attack}` }],
      steps: [{ title: `S ${attack}`, lines: '1-2', body: `${attack}\n\n[x](javascript:alert(4)) <a href="javascript:alert(5)">y</a>`, file: 0 }],
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of [`/w/${data}`, `/embed/w/${data}`, `/studio#${data}`]) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.locator('a').evaluateAll((anchors) => anchors.forEach((a) => a.getAttribute('href')?.startsWith('javascript:') && (a as HTMLAnchorElement).click()));
    }
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)));
    expect(handlers).toEqual([]);
    await context.close();
  });
});
