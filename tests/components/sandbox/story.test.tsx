import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClockPanel } from '@/components/sandbox/ClockPanel';
import { FamilyPanel } from '@/components/sandbox/FamilyPanel';
import { Guide, ScenarioLinks } from '@/components/sandbox/Guide';
import { LoginPanel } from '@/components/sandbox/LoginPanel';
import { ReplayPanel } from '@/components/sandbox/ReplayPanel';
import { SessionActions } from '@/components/sandbox/SessionActions';
import { SettingsPanel } from '@/components/sandbox/SettingsPanel';
import { TamperLab } from '@/components/sandbox/TamperLab';
import { TokenInspector } from '@/components/sandbox/TokenInspector';
import { Wire } from '@/components/sandbox/Wire';
import { createApi } from '@/lib/sandbox-client/api';
import { SandboxStoreProvider, useSandboxStore } from '@/lib/sandbox-client/context';
import { SCENARIOS } from '@/sandbox/scenarios';
import { statefulSandbox } from './fake-sandbox';

vi.mock('next/link', () => ({ default: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a> }));

const accounts = [
  { email: 'ada@example.com', password: 'lovelace-1815', role: 'user' as const },
  { email: 'grace@example.com', password: 'hopper-1906', role: 'admin' as const },
];

/** Reads the state once, as the page's driver does on load. */
function Start() {
  const store = useSandboxStore();
  useEffect(() => void store.getState().start(), [store]);
  return null;
}

function renderSandbox(server: ReturnType<typeof statefulSandbox>) {
  return render(
    <SandboxStoreProvider api={(onSend) => createApi({ fetch: server.fetch, onSend })}>
      <Start />
      <ScenarioLinks />
      <div id="login">
        <LoginPanel accounts={accounts} />
        <SessionActions />
      </div>
      <div id="wire">
        <Wire />
      </div>
      <div id="inspector">
        <TokenInspector />
      </div>
      <div id="clock">
        <ClockPanel />
      </div>
      <div id="family">
        <FamilyPanel />
      </div>
      <div id="replay">
        <ReplayPanel />
      </div>
      <div id="tamper">
        <TamperLab verifyLines={[{ number: 52, text: "    algorithms: ['HS256'], // pinned" }]} />
      </div>
      <div id="settings">
        <SettingsPanel />
      </div>
      <Guide />
    </SandboxStoreProvider>,
  );
}

/** Waits for an element, failing if it never comes. */
const found = (selector: string) =>
  waitFor(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`no ${selector}`);
    return el;
  });
const outcome = (where: string) => document.querySelector(`[data-outcome="${where}"]`) as HTMLElement;
const answerCode = (where: string) => outcome(where).querySelector('[data-answer]')?.getAttribute('data-answer');

// Each step waits on several real round trips through the store: give a busy machine time.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  window.history.replaceState(null, '', '/sandbox');
  // jsdom lays nothing out and cannot scroll; the scrolling is checked in Chromium (tests/e2e).
  window.scrollBy = () => {};
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** What each scenario ends with, by where its last answer shows and its code (or status). */
const ENDINGS: Record<string, { where: string; code: string } | { lab: string }> = {
  tour: { where: 'family', code: 'refresh_reuse_detected' },
  login: { where: 'session', code: '200' },
  'refresh-reuse': { where: 'session', code: 'no_session' },
  'logout-stateless': { where: 'replay', code: '200' },
  'logout-stateful': { where: 'replay', code: 'revoked' },
  'token-expiry': { where: 'session', code: '200' },
  'throttled-logins': { where: 'login', code: 'rate_limited' },
  'idle-timeout': { where: 'clock', code: 'session_expired' },
  'absolute-timeout': { where: 'clock', code: 'session_expired' },
  'forged-tokens': { lab: 'typ-confusion' },
};

describe('scenarios', () => {
  it('has an ending for every scenario', () => {
    expect(Object.keys(ENDINGS).sort()).toEqual(SCENARIOS.map((s) => s.name).sort());
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: its URL sets the sandbox up and each step's button runs it to its end`, async () => {
      const server = statefulSandbox();
      window.history.replaceState(null, '', `/sandbox?scenario=${scenario.name}`);
      renderSandbox(server);
      const guide = await screen.findByRole('region', { name: `Scenario: ${scenario.title}` });
      await within(guide).findByRole('button', { name: scenario.steps[0]!.button });
      expect(within(guide).getByText(`· step 1 of ${scenario.steps.length}`)).toBeInTheDocument();
      expect(server.count('POST', 'reset')).toBe(1);
      expect(server.world().settings).toEqual(scenario.settings);
      for (const [i, step] of scenario.steps.entries()) {
        expect(within(guide).getByText(step.say)).toBeInTheDocument();
        await userEvent.click(await within(guide).findByRole('button', { name: step.button }));
        await waitFor(() => expect(guide.getAttribute('data-step')).toBe(String(i + 1)), { timeout: 20_000 });
        const look = { tokens: 'inspector', lab: 'tamper' }[step.look as string] ?? step.look;
        expect(document.getElementById(look)?.getAttribute('data-look') ?? 'not outlined').toBe(look === 'timeline' ? 'not outlined' : 'true');
      }
      expect(within(guide).getByText(`· all ${scenario.steps.length} steps done`)).toBeInTheDocument();
      const end = ENDINGS[scenario.name]!;
      if ('lab' in end) expect(document.querySelector(`[data-lab-result="${end.lab}"] [data-lab-verdict]`)).not.toBeNull();
      else await waitFor(() => expect(answerCode(end.where)).toBe(end.code));
    });
  }

  it('starts from a link without leaving the page, and writes the scenario in the URL', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    await userEvent.click(screen.getByRole('link', { name: 'A stolen refresh token' }));
    expect(window.location.search).toBe('?scenario=refresh-reuse');
    await screen.findByRole('region', { name: 'Scenario: A stolen refresh token' });
  });
});

describe('copy and replay', () => {
  it('copies exactly the token, nothing around it', async () => {
    const server = statefulSandbox();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSandbox(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Log in as Ada (user)' }));
    const card = await found('[data-token-kind="access"]');
    await userEvent.click(within(card).getByRole('button', { name: 'Copy the access token' }));
    expect(writeText).toHaveBeenCalledWith(server.world().cookies.access);
    expect(within(card).getByRole('status').textContent).toBe('✓ Copied');
  });

  it('replays an old access token: 200 until exp in stateless mode; 401 revoked after logout in stateful mode', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    const replay = async () => {
      const first = await waitFor(() => within(document.getElementById('replay')!).getAllByRole('button', { name: /Replay against \/me/ }).at(-1)!);
      await userEvent.click(first);
    };
    await userEvent.click(await screen.findByRole('button', { name: 'Log in as Ada (user)' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    await replay();
    await waitFor(() => expect(answerCode('replay')).toBe('200'));
    expect(outcome('replay').textContent).toContain('Stateless mode checks only the signature and exp.');

    server.world().offset += 31;
    await replay();
    await waitFor(() => expect(answerCode('replay')).toBe('token_expired'));

    server.world().settings.mode = 'stateful';
    await userEvent.click(screen.getByRole('button', { name: 'Log in as Ada (user)' }));
    await waitFor(() => expect(within(document.getElementById('replay')!).getAllByRole('listitem')).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log out' })).toBeDisabled());
    await userEvent.click(within(document.getElementById('replay')!).getAllByRole('button', { name: /Replay against \/me/ })[0]!);
    await waitFor(() => expect(answerCode('replay')).toBe('revoked'));
    expect(server.calls.filter((c) => c.path === 'verify').every((c) => (c.body as { asMe?: boolean }).asMe === true)).toBe(true);
  });
});

describe('words and state', () => {
  it('shows a refused setting in words beside the field the server named, and "Saved" when it took', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    const field = await screen.findByLabelText('Access token lifetime (seconds)');
    await userEvent.clear(field);
    await userEvent.type(field, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const error = await found('[data-error-for="accessTtl"]');
    expect(error.textContent).toBe('✗ Access token lifetime must be a whole number of seconds from 5 s to 1 h.');
    expect(screen.getByLabelText('Access token lifetime (seconds)')).toHaveAttribute('aria-invalid', 'true');

    const again = screen.getByLabelText('Access token lifetime (seconds)');
    await userEvent.clear(again);
    await userEvent.type(again, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(document.querySelector('[data-saved]')?.textContent).toContain('Saved.'));
    expect(document.querySelector('[data-error-for]')).toBeNull();
    expect(server.world().settings.accessTtl).toBe(45);
  });

  it('clears the last answer when the next action starts, and forgets a typed password', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    await userEvent.click(await screen.findByText('Try a wrong password'));
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(answerCode('login')).toBe('invalid_credentials'));
    expect(screen.getByLabelText('Password')).toHaveValue('');

    await userEvent.click(screen.getByRole('button', { name: 'Log in as Ada (user)' }));
    await waitFor(() => expect(answerCode('session')).toBe('200'));
    expect(outcome('login').textContent).toBe('');

    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(outcome('session').textContent).toContain('Logged out'));
    await act(async () => {
      await userEvent.click(within(document.getElementById('replay')!).getByRole('button', { name: /Replay against \/me/ }));
    });
    await waitFor(() => expect(answerCode('replay')).toBe('200'));
    expect(outcome('session').textContent).toBe('');
  });

  it('disables what cannot apply while logged out', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    await screen.findByText('Not logged in: no access cookie.');
    for (const name of ['GET /me', 'Two GET /me at once', 'Refresh now', 'Log out', 'Replay an old refresh token']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    expect(document.querySelector('[data-attack="alg-none"]')).toBeDisabled();
    expect(document.querySelector('[data-attack="garbage"]')).toBeEnabled();
  });

  it('draws the last request on the wire with the cookies that travelled, and says it in a sentence', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Log in as Ada (user)' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'GET /me' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'GET /me' }));
    const wire = await waitFor(() => {
      const figure = document.querySelector('[data-wire]') as HTMLElement;
      expect(figure.textContent).toContain('GET /api/sandbox/me');
      return figure;
    });
    expect(wire.querySelector('[data-sent-cookies]')?.textContent).toBe('Cookie: sandbox-idCookie: sandbox-access');
    expect(wire.querySelector('figcaption')?.textContent).toBe(
      'The browser sent GET /api/sandbox/me with 2 cookies: sandbox-id, sandbox-access. The server answered 200. No Set-Cookie. jose verified the token.',
    );
  });

  it('shows the device cookie travelling to the login route once a login has set it, and nowhere else', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    const caption = () => document.querySelector('[data-wire] figcaption')?.textContent ?? '';
    await userEvent.click(await screen.findByRole('button', { name: 'Log in as Ada (user)' }));
    await waitFor(() => expect(caption()).toMatch(/^The browser sent POST \/api\/sandbox\/login with 1 cookie: sandbox-id\./));
    await waitFor(() => expect(screen.getByRole('button', { name: 'GET /me' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'GET /me' }));
    await waitFor(() => expect(caption()).toContain('GET /api/sandbox/me with 2 cookies: sandbox-id, sandbox-access.'));
    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Log in as Ada (user)' }));
    await waitFor(() => expect(caption()).toMatch(/^The browser sent POST \/api\/sandbox\/login with 2 cookies: sandbox-id, sandbox-device\./));
  });
});

describe('the wire, request by request', () => {
  it('follows the newest request, steps back to an earlier one and holds it, and follows again', async () => {
    const server = statefulSandbox();
    renderSandbox(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Log in as Ada (user)' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'GET /me' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'GET /me' }));
    const nav = await screen.findByRole('navigation', { name: 'Requests on the wire' });
    const caption = () => document.querySelector('[data-wire] figcaption')?.textContent ?? '';
    await waitFor(() => expect(caption()).toContain('GET /api/sandbox/me'));
    const total = Number(/of (\d+)/.exec(nav.textContent ?? '')?.[1]);
    expect(within(nav).getByText(`Request ${total} of ${total}`, { exact: false })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Later' })).toBeDisabled();

    // Step back to the login: its cookies, status and Set-Cookie, in the picture and in words.
    while (!caption().includes('POST /api/sandbox/login')) await userEvent.click(within(nav).getByRole('button', { name: 'Earlier' }));
    expect(caption()).toMatch(/^The browser sent POST \/api\/sandbox\/login with 1 cookie: sandbox-id\. The server answered 200\. It set .*sandbox-access/);
    expect(document.querySelector('[data-wire] [data-set-cookies]')?.textContent).toContain('Set-Cookie: sandbox-access');
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toContain(`of ${total}. The browser sent POST /api/sandbox/login`);

    // A new request does not move it...
    await userEvent.click(screen.getByRole('button', { name: 'GET /me' }));
    await waitFor(() => expect(nav.textContent).toContain(`of ${total + 1}`));
    expect(caption()).toContain('POST /api/sandbox/login');
    // ...until the reader follows the newest again.
    await userEvent.click(within(nav).getByRole('button', { name: 'Follow the newest' }));
    expect(caption()).toContain('GET /api/sandbox/me');
    expect(nav.textContent).toContain(`Request ${total + 1} of ${total + 1}`);
  });
});
