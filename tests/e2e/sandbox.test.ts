// The sandbox page in real Chromium against the production server: the real
// routes, cookies and clock, no mocks. Desktop and a 390×844 phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ATTACKS } from '@/lib/sandbox-client/attacks';
import { expectNoAxeViolations, launchBrowser, openPage } from '../support/browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SIZES = [
  ['desktop', {}],
  ['phone', PHONE],
] as const;

/** A fresh visitor (its own context, so its own sandbox) logged in as Ada. */
async function loggedIn(options: Parameters<typeof openPage>[2] = {}, path = '/sandbox'): Promise<Page> {
  const page = await openPage(browser, `${baseURL}${path}`, options);
  await page.getByRole('button', { name: 'Log in as Ada (user)' }).click();
  await page.locator('[data-token-kind="access"]').waitFor();
  return page;
}

const entry = (page: Page, path: string, status: number) => page.locator(`#timeline [data-path="/api/sandbox/${path}"][data-status="${status}"]`);

/** Fails unless the element ends up wholly on screen (smooth scrolling is given time to finish). */
async function expectOnScreen(page: Page, selector: string) {
  const viewport = page.viewportSize()!;
  await expect
    .poll(
      async () => {
        const box = await page.locator(selector).first().boundingBox();
        return box !== null && box.height > 0 && box.y >= 0 && box.y + box.height <= viewport.height;
      },
      { timeout: 5000 },
    )
    .toBe(true);
}

/** The verdict the lab shows for an attack, once it has one. */
async function labVerdict(page: Page, attack: string) {
  const result = page.locator(`[data-lab-result="${attack}"]`);
  await result.locator('[data-lab-verdict]').waitFor();
  return result;
}

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
    // The wire: the login went with the sandbox id only, and came back with two cookies.
    const wire = page.locator('[data-wire] figcaption');
    expect(await wire.textContent()).toContain('The browser sent POST /api/sandbox/login with 1 cookie: sandbox-id.');
    expect(await wire.textContent()).toMatch(/It set (sandbox-id, )?sandbox-access, sandbox-refresh and sandbox-device\./);
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
    await page.locator('[data-outcome="clock"] [data-answer="200"]').filter({ hasText: 'GET /api/sandbox/me' }).waitFor();
    expect(await page.locator('#timeline [data-path="/api/sandbox/refresh"]').count()).toBe(1);

    // A week later the refresh token is long gone too: the one refresh attempt ends the session.
    await page.getByRole('button', { name: '+7 d' }).click();
    await page.locator('#timeline [data-auto][data-path="/api/sandbox/refresh"][data-status="401"]').waitFor();
    expect(await page.locator('#timeline [data-auto][data-status="401"]').textContent()).toContain('session_expired');
    await page.locator('[data-answer="session_expired"]').waitFor();
    await page.context().close();
  });

  for (const [size, options] of SIZES) {
    it(`runs the refresh-reuse scenario from its URL to the end (${size})`, async () => {
      const page = await openPage(browser, `${baseURL}/sandbox?scenario=refresh-reuse`, options);
      const guide = page.getByRole('region', { name: 'Scenario: A stolen refresh token' });
      for (const [i, name] of ['Log in as Ada', 'Refresh now', 'Replay the spent token', 'GET /me'].entries()) {
        await guide.getByRole('button', { name }).click();
        await page.locator(`[data-guide][data-step="${i + 1}"]:not([data-guide-running])`).waitFor();
      }
      await guide.getByText('all 4 steps done').waitFor();
      expect(await page.locator('[data-family="revoked"]').textContent()).toContain('reuse');
      expect(await entry(page, 'refresh', 401).textContent()).toContain('refresh_reuse_detected');
      expect(await entry(page, 'refresh', 401).textContent()).toContain('cleared (Max-Age=0)');
      await page.locator('[data-answer="no_session"]').waitFor();
      // Each step's button ran the real routes in order: login, refresh, the replay, me.
      const paths = await page.locator('#timeline [data-path]').evaluateAll((els) => els.map((el) => el.getAttribute('data-path')).reverse());
      expect(paths.filter((p) => p !== '/api/sandbox/settings')).toEqual(['/api/sandbox/login', '/api/sandbox/refresh', '/api/sandbox/refresh', '/api/sandbox/me']);
      await page.context().close();
    });

    it(`copies a token and replays it against /me: 401 revoked after logout in stateful mode, 200 until exp in stateless mode (${size})`, async () => {
      const page = await openPage(browser, `${baseURL}/sandbox`, { ...options, permissions: ['clipboard-read', 'clipboard-write'] });
      for (const mode of ['stateful', 'stateless'] as const) {
        await page.getByRole('radio', { name: new RegExp(`^${mode}`, 'i') }).check();
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.locator(`[data-mode="${mode}"]`).waitFor();
        await page.getByRole('button', { name: 'Log in as Ada (user)' }).click();
        const card = page.locator('[data-token-kind="access"]');
        await card.waitFor();
        await card.getByRole('button', { name: 'Copy the access token' }).click();
        await card.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
        await page.getByRole('button', { name: 'Log out' }).click();
        await page.locator('[data-empty="access"]').waitFor();

        // The copy is the token the page kept: the one it replays.
        const jti = JSON.parse(Buffer.from(copied.split('.')[1]!, 'base64url').toString()).jti as string;
        await page.locator(`[data-kept="${jti}"]`).getByRole('button', { name: /Replay against \/me/ }).click();
        const answer = page.locator('[data-outcome="replay"] [data-answer]');
        await expect.poll(() => answer.getAttribute('data-answer')).toBe(mode === 'stateful' ? 'revoked' : '200');
        await expectOnScreen(page, '[data-outcome="replay"] [data-answer]');
        if (mode === 'stateless') {
          // Past its exp the copy is worthless in either mode.
          await page.getByRole('button', { name: '+30 s' }).click();
          await page.locator('[data-outcome="clock"] [data-answer]').waitFor();
          await page.locator(`[data-kept="${jti}"]`).getByRole('button', { name: /Replay against \/me/ }).click();
          await expect.poll(() => answer.getAttribute('data-answer')).toBe('token_expired');
        }
      }
      await page.context().close();
    });
  }

  it('refuses every tamper-lab attack with its code, and the first failing check agrees', async () => {
    const page = await loggedIn({ permissions: ['clipboard-read', 'clipboard-write'] });
    const expected: Record<string, string> = {
      'alg-none': 'ERR_JOSE_ALG_NOT_ALLOWED',
      'weak-secret': 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      'alg-confusion': 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      'claims-edited': 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      'jwk-injection': 'ERR_JOSE_ALG_NOT_ALLOWED',
      'jku-injection': 'ERR_JOSE_ALG_NOT_ALLOWED',
      'kid-traversal': 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      'typ-confusion': 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      'crit-header': 'ERR_JOSE_NOT_SUPPORTED',
      expired: 'ERR_JWT_EXPIRED',
      'not-yet-valid': 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      'wrong-issuer': 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      'wrong-audience': 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      garbage: 'ERR_JWS_INVALID',
    };
    expect(Object.keys(expected).sort()).toEqual(ATTACKS.filter((a) => a.id !== 'as-issued').map((a) => a.id).sort());
    for (const [attack, code] of Object.entries(expected)) {
      await page.locator(`[data-attack="${attack}"]`).click();
      const result = await labVerdict(page, attack);
      expect({ attack, verdict: await result.locator('[data-lab-verdict]').getAttribute('data-lab-verdict') }).toEqual({ attack, verdict: 'rejected' });
      expect(await result.locator('[data-lab-verdict]').textContent()).toContain(code);
      const firstFailure = result.locator('[data-check][data-ok="false"]').first();
      expect({ attack, first: await firstFailure.textContent() }).toEqual({ attack, first: expect.stringContaining(code) });
      if (attack !== 'garbage') expect(await result.locator('[data-stopped-by] pre').textContent()).toMatch(/^\d+/);
    }
    // The weak secret fell to the wordlist; the sandbox's key did not.
    await page.locator('[data-attack="weak-secret"]').click();
    const crack = (await labVerdict(page, 'weak-secret')).locator('[data-crack]');
    expect(await crack.locator('[data-crack-weak]').getAttribute('data-crack-weak')).toBe('secret123');
    expect(await crack.locator('[data-crack-ours]').getAttribute('data-crack-ours')).toBe('none');
    // alg none's spellings: every one refused.
    await page.locator('[data-attack="alg-none"]').click();
    const variants = (await labVerdict(page, 'alg-none')).locator('[data-variant]');
    expect(await variants.evaluateAll((els) => els.map((el) => el.getAttribute('data-variant-valid')))).toEqual(['false', 'false', 'false', 'false']);
    // The edited field is highlighted.
    await page.locator('[data-attack="claims-edited"]').click();
    expect(await (await labVerdict(page, 'claims-edited')).locator('[data-changed]').evaluateAll((els) => els.map((el) => el.getAttribute('data-changed')))).toEqual(['role']);
    // The timeline marks the rejections by verdict, though the lab answered 200.
    expect(await page.locator('#timeline [data-path="/api/sandbox/verify"][data-status="200"]').first().getAttribute('data-mark')).toBe('rejected');
    await page.context().close();
  });

  it('shows a settings value out of bounds beside its field, in words', async () => {
    const page = await openPage(browser, `${baseURL}/sandbox`);
    await page.getByLabel('Access token lifetime (seconds)').fill('2');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const error = page.locator('[data-error-for="accessTtl"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('✗ Access token lifetime must be a whole number of seconds from 5 s to 1 h.');
    expect(await page.getByLabel('Access token lifetime (seconds)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Access token lifetime (seconds)').fill('40');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('[data-saved]').waitFor();
    expect(await page.locator('[data-error-for]').count()).toBe(0);

    // Reset: a fresh sandbox, so an empty timeline.
    await page.getByRole('button', { name: 'Reset the sandbox' }).click();
    await page.getByText('No requests yet.', { exact: false }).waitFor();
    await page.context().close();
  });

  it('answers the sixth wrong password with rate_limited and counts down its Retry-After (the throttled-logins scenario)', async () => {
    // Its own client address (the test server trusts X-Forwarded-For), so no other test is throttled.
    const page = await openPage(browser, `${baseURL}/sandbox?scenario=throttled-logins`, { extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.61' } });
    const guide = page.getByRole('region', { name: 'Scenario: Throttled logins' });
    await guide.getByRole('button', { name: 'Try a wrong password' }).click();
    await page.locator('[data-answer="invalid_credentials"]').waitFor();
    expect(await page.locator('[data-answer="invalid_credentials"]').textContent()).toContain('Wrong email or password.');
    await guide.getByRole('button', { name: 'Five more wrong passwords' }).click();
    await page.locator('[data-answer="rate_limited"]').waitFor();
    expect(await page.locator('[data-retry]').textContent()).toMatch(/refused for another \d+ s \(Retry-After\)/);
    await page.context().close();
  });

  it('brings the result of each tap into view on a phone', async () => {
    const page = await openPage(browser, `${baseURL}/sandbox`, PHONE);
    const taps: [string, () => Promise<void>, string][] = [
      ['log in', () => page.getByRole('button', { name: 'Log in as Ada (user)' }).click(), '[data-outcome="session"] [data-answer]'],
      ['GET /me', () => page.getByRole('button', { name: 'GET /me', exact: true }).click(), '[data-outcome="session"] [data-answer]'],
      ['+30 s', () => page.getByRole('button', { name: '+30 s' }).click(), '[data-outcome="clock"] [data-answer]'],
      ['an attack', () => page.locator('[data-attack="claims-edited"]').click(), '[data-lab-result="claims-edited"] h3'],
      ['replay a refresh token', () => page.getByRole('button', { name: 'Replay an old refresh token' }).click(), '[data-outcome="family"] [data-answer]'],
      ['replay an access token', () => page.locator('[data-kept]').first().getByRole('button', { name: /Replay against/ }).click(), '[data-outcome="replay"] [data-answer]'],
    ];
    for (const [what, tap, result] of taps) {
      await tap();
      await page.locator(result).first().waitFor();
      await expectOnScreen(page, result).catch((err: unknown) => {
        throw new Error(`${what}: its result is off screen`, { cause: err });
      });
    }
    await page.context().close();
  });

  it('keeps its JS to itself: no script a lesson page loads carries the sandbox’s code', async () => {
    /** The text of every script the page's HTML loads. */
    async function scriptsOf(path: string): Promise<string[]> {
      const page = await openPage(browser, `${baseURL}${path}`);
      const sources = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
      await page.context().close();
      return Promise.all(sources.map(async (src) => (await fetch(src)).text()));
    }
    // A string only the tamper lab holds: minifiers keep string literals.
    const marker = 'attacker.example/.well-known/jwks.json';
    expect((await scriptsOf('/sandbox')).some((code) => code.includes(marker))).toBe(true);
    expect((await scriptsOf('/explainers/jwt-session-cookies')).filter((code) => code.includes(marker))).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [size, options] of SIZES) {
      it(`has no axe-core violations in the ${theme} theme (${size})`, async () => {
        const page = await loggedIn({ ...options, colorScheme: theme });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.locator('[data-attack="claims-edited"]').click();
        await labVerdict(page, 'claims-edited');
        // Fill the page with what it can show: an automatic refresh, a revoked family, cleared cookies.
        await page.getByRole('button', { name: '+30 s' }).click();
        await page.locator('#timeline [data-auto]').first().waitFor();
        await page.getByRole('button', { name: 'Replay an old refresh token' }).click();
        await page.locator('[data-family="revoked"]').waitFor();
        await page.locator('#timeline details summary').first().click();
        await page.locator('[data-scenario-link="tour"]').click();
        await page.locator('[data-guide] [data-scenario-step="1"]').waitFor();
        await expectNoAxeViolations(page);
        await page.context().close();
      });
    }
  }
});
