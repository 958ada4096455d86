// The JWT course as a reader meets it in real Chromium: step through a lesson
// from start to end with the keyboard, follow its "Try it in the sandbox" link,
// and the scenario it names starts; its first button logs in for real.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getCourse, getLesson } from '@/lib/lessons';
import { findScenario } from '@/sandbox/scenarios';
import { launchBrowser, openPage } from '../support/browser';

const base = inject('baseURL');
const COURSE = 'jwt-sessions-nextjs';
const LESSON = 'jwt-session-cookies';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the JWT course', async () => {
  const course = (await getCourse(COURSE))!;
  const lesson = (await getLesson(LESSON))!;
  const scenario = findScenario(lesson.meta.sandbox)!;

  it('has the lesson, and the lesson names a scenario that logs in first', () => {
    expect(course.lessons).toContain(LESSON);
    expect(scenario.steps[0]!.action).toEqual({ do: 'login', as: 'ada' });
  });

  it('a reader steps through the lesson with the keyboard, follows "Try it in the sandbox", and logs in', async () => {
    // A link to the first step brings the player to the top of the screen, where the keys are its own.
    const page = await openPage(browser, `${base}/explainers/${LESSON}?step=1`);
    await page.waitForFunction(() => document.querySelector('[data-player]')!.getBoundingClientRect().top < 50);
    const live = page.locator('[data-live]');
    const total = lesson.steps.length;
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((want) => new URL(location.href).searchParams.get('step') === String(want), i + 1);
    }
    await expect.poll(() => live.textContent()).toBe(`Step ${total} of ${total}: ${lesson.steps.at(-1)!.title}`);
    // The last step is the end: one more press stays there.
    await page.keyboard.press('ArrowRight');
    expect(new URL(page.url()).searchParams.get('step')).toBe(String(total));

    const tryIt = page.getByRole('link', { name: /^Try it in the sandbox/ });
    expect(await tryIt.getAttribute('href')).toBe(`/sandbox?scenario=${scenario.name}`);
    await tryIt.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sandbox?scenario=${scenario.name}`);

    // The scenario starts: its guide shows the first step's button.
    const guide = page.getByRole('region', { name: `Scenario: ${scenario.title}` });
    const first = guide.getByRole('button', { name: scenario.steps[0]!.button });
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Enter');

    // Signed in: the login answered 200, and the inspector shows the access token the cookie holds.
    await page.locator('[data-outcome="session"] [data-answer="200"]').waitFor();
    expect(await page.locator('[data-outcome="session"]').textContent()).toContain('Logged in as Ada');
    await page.locator('[data-token-kind="access"]').waitFor();
    await page.locator('[data-guide][data-step="1"]:not([data-guide-running])').waitFor();
    await page.context().close();
  });
});
