// The sandbox page in real Chromium against the production server: the real
// routes, cookies and clock, no mocks.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh visitor (its own context, so its own sandbox) logged in as Ada. */
async function loggedIn(options: Parameters<typeof openPage>[2] = {}): Promise<Page> {
  const page = await openPage(browser, `${baseURL}/sandbox`, options);
  await page.getByRole('button', { name: 'Log in as Ada (user)' }).click();
  await page.locator('[data-token-kind="access"]').waitFor();
  return page;
}

const entry = (page: Page, path: string, status: number) => page.locator(`#timeline [data-path="/api/sandbox/${path}"][data-status="${status}"]`);

describe('the sandbox page', () => {
  it('logs in and shows the access token, decoded, with its countdown', async () => {
    const page = await loggedIn();
    const card = page.locator('[data-token-kind="access"]');
    const parts = card.locator('[data-token] [data-part]');
    expect(await parts.evaluateAll((els) => els.map((el) => el.getAttribute('data-part')))).toEqual(['header', 'payload', 'signature']);
    expect(await card.getByLabel('Payload, decoded JSON').textContent()).toContain('"email": "ada@example.com"');
    expect(await card.getByLabel('Header, decoded JSON').textContent()).toContain('"typ": "at+jwt"');
    expect(await card.getByRole('timer').textContent()).toMatch(/^expires in \d+ s$/);
    await entry(page, 'login', 200).waitFor();
    expect(await entry(page, 'login', 200).textContent()).toContain('HttpOnly');
    await page.context().close();
  });

  it('copies a timeline request as curl and says so', async () => {
    const page = await loggedIn({ permissions: ['clipboard-read', 'clipboard-write'] });
    await entry(page, 'login', 200).getByRole('button', { name: /Copy as curl/ }).click();
    await entry(page, 'login', 200).getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`curl -i -X POST '${baseURL}/api/sandbox/login'`);
    expect(copied).toContain(`-H 'Origin: ${baseURL}'`);
    expect(copied).toContain('sandbox-id=<sandbox id>');
    expect(copied).toContain(`--data-raw '{"email":"ada@example.com","password":"lovelace-1815"}'`);
    await page.context().close();
  });

  it('fast-forwards past exp: me says token_expired, the client refreshes once by itself, later the session expires', async () => {
    const page = await loggedIn();
    await page.getByRole('button', { name: '+30 s' }).click();
    const automatic = page.locator('#timeline [data-auto][data-path="/api/sandbox/refresh"]');
    await automatic.first().waitFor();
    expect(await automatic.getAttribute('data-status')).toBe('200');
    expect(await entry(page, 'me', 401).first().textContent()).toContain('token_expired');
    await page.locator('[data-answer="200"]').filter({ hasText: 'GET /api/sandbox/me' }).waitFor();
    expect(await page.locator('#timeline [data-path="/api/sandbox/refresh"]').count()).toBe(1);

    // A week later the refresh token is long gone too: the one refresh attempt ends the session.
    await page.getByRole('button', { name: '+7 d' }).click();
    await page.locator('#timeline [data-auto][data-path="/api/sandbox/refresh"][data-status="401"]').waitFor();
    expect(await page.locator('#timeline [data-auto][data-status="401"]').textContent()).toContain('session_expired');
    await page.locator('[data-answer="session_expired"]').waitFor();
    await page.context().close();
  });

  it('replays an old refresh token: reuse detected, the family revoked, the cookies cleared', async () => {
    const page = await loggedIn();
    await page.getByRole('button', { name: 'Replay an old refresh token' }).click();
    await page.locator('[data-family="revoked"]').waitFor();
    expect(await page.locator('[data-family="revoked"]').textContent()).toContain('reuse');
    expect(await entry(page, 'refresh', 401).textContent()).toContain('refresh_reuse_detected');
    expect(await entry(page, 'refresh', 401).textContent()).toContain('cleared (Max-Age=0)');
    await page.locator('[data-empty="access"]').waitFor();
    expect(await page.locator('[data-generation] [data-status="revoked"], [data-generation][data-status="revoked"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows each forgery rejected with jose’s code', async () => {
    const page = await loggedIn();
    const expected = { 'alg-none': 'ERR_JOSE_ALG_NOT_ALLOWED', 'role-admin': 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', garbage: 'ERR_JWS_INVALID' };
    for (const [preset, code] of Object.entries(expected)) {
      await page.locator(`[data-preset="${preset}"]`).click();
      const verdict = page.locator('[data-lab-verdict="rejected"]').filter({ hasText: code });
      await verdict.waitFor();
    }
    await page.context().close();
  });

  it('shows a settings value out of bounds beside its field', async () => {
    const page = await openPage(browser, `${baseURL}/sandbox`);
    await page.getByLabel('Access token lifetime (seconds)').fill('2');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const error = page.locator('[data-error-for="accessTtl"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('at least 5 s');
    expect(await page.getByLabel('Access token lifetime (seconds)').getAttribute('aria-invalid')).toBe('true');

    // Reset: a fresh sandbox, so an empty timeline.
    await page.getByRole('button', { name: 'Reset the sandbox' }).click();
    await page.getByText('No requests yet.', { exact: false }).waitFor();
    await page.context().close();
  });

  it('answers the sixth wrong password with rate_limited and counts down its Retry-After', async () => {
    // Its own client address (the test server trusts X-Forwarded-For), so no other test is throttled.
    const page = await openPage(browser, `${baseURL}/sandbox`, { extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.61' } });
    const wrong = page.getByRole('button', { name: 'Try a wrong password' });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await wrong.click();
      await page.locator(`#timeline [data-path="/api/sandbox/login"]`).nth(attempt - 1).waitFor();
    }
    expect(await page.locator('[data-answer="invalid_credentials"]').textContent()).toContain('Wrong email or password.');
    await wrong.click();
    await page.locator('[data-answer="rate_limited"]').waitFor();
    expect(await page.locator('[data-retry]').textContent()).toMatch(/refused for another \d+ s \(Retry-After\)/);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the ${theme} theme`, async () => {
      const page = await loggedIn({ colorScheme: theme });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.locator('[data-preset="role-admin"]').click();
      await page.locator('[data-lab-verdict]').waitFor();
      // Fill the page with what it can show: an automatic refresh, a revoked family, cleared cookies.
      await page.getByRole('button', { name: '+30 s' }).click();
      await page.locator('#timeline [data-auto]').first().waitFor();
      await page.getByRole('button', { name: 'Replay an old refresh token' }).click();
      await page.locator('[data-family="revoked"]').waitFor();
      await page.locator('#timeline details summary').first().click();
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }
});
