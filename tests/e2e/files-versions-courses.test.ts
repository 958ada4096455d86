// Lessons over several files, code that changes between steps, and courses, as
// a reader meets them in real Chromium against the production build.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getCourses, getLesson } from '@/lib/lessons';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser';

const base = inject('baseURL');
const MULTI = 'jwt-session-cookies';
const BUILD_UP = 'verify-a-jwt-step-by-step';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').innerText();
/** The shown file's pane: its lit line numbers, and its lines as the reader sees them. */
const shownPane = '[data-file-panel][data-selected] > pre';
const litLines = (page: Page) =>
  page.$$eval(`${shownPane} [data-line][data-lit]`, (lines) => lines.map((l) => Number(l.getAttribute('data-line'))));
const shownCode = (page: Page) => page.$$eval(`${shownPane} [data-line]`, (lines) => lines.map((l) => l.textContent ?? ''));
const stepIs = (page: Page, n: number) => page.waitForFunction((want) => new URL(location.href).searchParams.get('step') === String(want), n);

describe('a lesson across several files', async () => {
  const lesson = (await getLesson(MULTI))!;
  const fileOf = (i: number) => lesson.files[lesson.steps[i]!.file]!.name;

  it('the keyboard steps through it; the selected tab and the lit lines follow the step', async () => {
    const page = await openPage(browser, `${base}/explainers/${MULTI}`);
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(lesson.files.map((f) => f.name));
    for (let i = 0; i < lesson.steps.length; i++) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        await stepIs(page, i + 1);
      }
      expect(await selectedTab(page)).toBe(fileOf(i));
      expect(await litLines(page)).toEqual(lesson.steps[i]!.lines);
      // The lit lines are in view inside the pane.
      const inView = await page.$eval(`${shownPane}`, (pane) => {
        const lit = pane.querySelector('[data-lit]')!.getBoundingClientRect();
        const box = pane.getBoundingClientRect();
        return lit.top >= box.top - 1 && lit.bottom <= box.bottom + 1;
      });
      expect(inView, `step ${i + 1}`).toBe(true);
    }
    await page.context().close();
  });

  it('a reader can open another tab with the keyboard; the next step brings the step’s file back', async () => {
    const page = await openPage(browser, `${base}/explainers/${MULTI}`);
    await page.getByRole('tab', { name: fileOf(0) }).focus();
    await page.keyboard.press('End');
    expect(await selectedTab(page)).toBe(lesson.files.at(-1)!.name);
    expect(new URL(page.url()).searchParams.get('step')).toBeNull();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.getByRole('button', { name: 'Next step' }).click();
    await stepIs(page, 2);
    expect(await selectedTab(page)).toBe(fileOf(1));
    await page.context().close();
  });

  it('without JavaScript every step names its file and lines, and every file is readable', async () => {
    const page = await openPage(browser, `${base}/explainers/${MULTI}`, { javaScriptEnabled: false });
    const steps = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    for (let i = 0; i < lesson.steps.length; i++) {
      await expect(steps.nth(i).locator('p').first().innerText()).resolves.toMatch(new RegExp(`${fileOf(i)}.*LINES? \\d`, 'i'));
    }
    for (const file of lesson.files) {
      const pane = page.getByRole('region', { name: `Code: ${file.versions[0]!.source}` });
      await expect(pane.isVisible()).resolves.toBe(true);
      await expect(pane.locator('[data-line]').count()).resolves.toBe(file.versions[0]!.lines.length);
    }
    await page.context().close();
  });
});

describe('a lesson whose code changes', async () => {
  const lesson = (await getLesson(BUILD_UP))!;
  const versions = lesson.files[0]!.versions.map((v) => v.lines.map((line) => line.tokens.map((t) => t.content).join('')));
  const firstStepOf = (v: number) => lesson.steps.findIndex((s) => s.version === v);

  it('the code changes when a step moves to the next version, marks what was added, and changes back', async () => {
    const page = await openPage(browser, `${base}/explainers/${BUILD_UP}`);
    expect(await shownCode(page)).toEqual(versions[0]);
    const into = firstStepOf(1);
    for (let i = 1; i <= into; i++) await page.keyboard.press('ArrowRight');
    await stepIs(page, into + 1);
    expect(await shownCode(page)).toEqual(versions[1]);
    const marked = (change: string) => page.$$eval(`${shownPane} [data-change="${change}"]`, (rows) => rows.map((r) => Number(r.getAttribute('data-line'))));
    const change = lesson.files[0]!.versions[1]!.change!;
    const movedTo = change.moved.map(([, to]) => to);
    expect(await marked('added')).toEqual(change.added.filter((line) => !movedTo.includes(line)));
    expect(await marked('moved')).toEqual(movedTo);
    await page.keyboard.press('ArrowLeft');
    await stepIs(page, into);
    expect(await shownCode(page)).toEqual(versions[0]);
    // The lines of the later version are gone once their exit has played.
    await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((r) => r.getBoundingClientRect().height === 0), `${shownPane} [data-out]`);
    await page.keyboard.press('End');
    await stepIs(page, lesson.steps.length);
    const last = lesson.steps.at(-1)!;
    expect(await shownCode(page)).toEqual(versions[last.version]);
    await page.context().close();
  });

  it('without JavaScript every version is shown in order, with its changes marked', async () => {
    const page = await openPage(browser, `${base}/explainers/${BUILD_UP}`, { javaScriptEnabled: false });
    const list = page.getByRole('list', { name: 'Versions of route.ts' });
    const items = list.getByRole('listitem');
    await expect(items.count()).resolves.toBe(versions.length);
    for (let v = 0; v < versions.length; v++) {
      const block = items.nth(v);
      await expect(block.isVisible()).resolves.toBe(true);
      await expect(block.locator('[data-line]').allTextContents()).resolves.toEqual(versions[v]);
      const change = lesson.files[0]!.versions[v]!.change;
      await expect(block.locator('[data-change="added"]').count()).resolves.toBe(change?.added.length ?? 0);
      await expect(block.locator('[data-change="removed"]').count()).resolves.toBe(change?.removed.length ?? 0);
    }
    const steps = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    await expect(steps.first().locator('p').first().innerText()).resolves.toMatch(/route\.ts · version 1 · lines? \d/i);
    await page.context().close();
  });
});

describe('a course', async () => {
  const course = (await getCourses())[0]!;

  it('its page lists the lessons in order; next and previous links walk through them', async () => {
    const page = await openPage(browser, `${base}/courses/${course.slug}`);
    const titles = await page.getByRole('list', { name: 'Lessons in order' }).getByRole('heading').allInnerTexts();
    const expected = await Promise.all(course.lessons.map(async (slug) => (await getLesson(slug))!.meta.title));
    expect(titles).toEqual(expected);
    await page.getByRole('link', { name: expected[0]!, exact: true }).click();
    await page.waitForURL(`**/explainers/${course.lessons[0]}`);
    expect(await page.getByText(`Lesson 1 of ${course.lessons.length} · ${course.title}`).count()).toBe(1);
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await page.waitForURL(`**/explainers/${course.lessons[1]}`);
    expect(await page.getByText(`Lesson 2 of ${course.lessons.length}`).count()).toBe(1);
    await page.getByRole('link', { name: /Previous lesson/ }).click();
    await page.waitForURL(`**/explainers/${course.lessons[0]}`);
    await page.context().close();
  });

  it('its page shows what this browser has read: a finished lesson as done, a started one at its step', async () => {
    const page = await openPage(browser, `${base}/explainers/${course.lessons[0]}`);
    await page.keyboard.press('End');
    // Progress is saved once the reader settles on a step (ResumeOffer's SETTLE_MS, 400 ms).
    await page.waitForTimeout(800);
    await page.goto(`${base}/explainers/${course.lessons[1]}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForTimeout(800);
    await page.goto(`${base}/courses/${course.slug}`, { waitUntil: 'networkidle' });
    const lessons = page.getByRole('list', { name: 'Lessons in order' }).getByRole('listitem');
    const total = (await getLesson(course.lessons[1]!))!.meta.stepCount;
    await lessons.nth(0).locator('[data-progress="done"]').waitFor();
    await expect(lessons.nth(0).locator('[data-progress]').innerText()).resolves.toBe('Done');
    await expect(lessons.nth(1).locator('[data-progress]').innerText()).resolves.toBe(`Step 2 of ${total}`);
    // Only the two lessons read here show any progress.
    await expect(lessons.locator('[data-progress]').count()).resolves.toBe(2);
    await page.context().close();
  }, 120_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the course page, the multi-file and the build-up lessons have no axe-core violations (${colorScheme})`, async () => {
      for (const path of [`/courses/${course.slug}`, `/explainers/${MULTI}?step=5`, `/explainers/${BUILD_UP}?step=3`]) {
        const page = await openPage(browser, base + path, { colorScheme });
        await expectNoAxeViolations(page);
        await page.context().close();
      }
    });
  }
});
