// The page's client for /api/sandbox/*: same-origin fetch (the browser adds the
// httpOnly cookies and, on POST, the Origin header the routes check), JSON in and
// out, every answer turned into an ApiResult so no caller has to catch.
import type { ApiResult, SandboxApi, SentRequest } from '@/lib/sandbox-client/types';

const BASE = '/api/sandbox';

export interface ApiOptions {
  fetch?: typeof fetch;
  /** Told about every request the timeline records, before it is sent. */
  onSend?: (request: SentRequest) => void;
}

async function read<T>(response: Response): Promise<ApiResult<T>> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): described below.
  }
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const error =
    body && typeof body === 'object' && 'error' in body
      ? (body as { error: string; message: string; jose?: string })
      : { error: 'network_error' as const, message: `The server answered ${response.status} without a JSON body.` };
  const retry = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    error: error as Extract<ApiResult<T>, { ok: false }>['error'],
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
}

export function createApi({ fetch: fetchImpl = (...args) => fetch(...args), onSend }: ApiOptions = {}): SandboxApi {
  async function call<T>(request: SentRequest, recorded = true): Promise<ApiResult<T>> {
    if (recorded) onSend?.(request);
    const init: RequestInit = { method: request.method, cache: 'no-store', credentials: 'same-origin' };
    if (request.method === 'POST') {
      init.headers = { 'Content-Type': 'application/json' };
      init.body = JSON.stringify(request.body ?? {});
    }
    try {
      return await read<T>(await fetchImpl(`${BASE}/${request.path}`, init));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, status: 0, error: { error: 'network_error', message: `No answer: ${message}` } };
    }
  }
  const post = <T>(path: string, body: unknown, extra: Partial<SentRequest> = {}) =>
    call<T>({ method: 'POST', path, body, ...extra });

  return {
    login: (email, password, note) => post('login', { email, password }, note ? { note } : {}),
    me: (note) => call({ method: 'GET', path: 'me', ...(note ? { note } : {}) }),
    refresh: ({ token, note, auto } = {}) =>
      post('refresh', token ? { token } : {}, { ...(note ? { note } : {}), ...(auto ? { auto } : {}) }),
    logout: () => post('logout', {}),
    verify: (token, kind, note) => post('verify', { token, kind }, note ? { note } : {}),
    verifySpecimen: (specimen, note) => post('verify', { specimen }, note ? { note } : {}),
    replayAsMe: (token, note) => post('verify', { token, asMe: true }, note ? { note } : {}),
    // The inspector's own polling is not on the timeline (the routes do not record it).
    state: () => call({ method: 'GET', path: 'state' }, false),
    events: (since) => call({ method: 'GET', path: `events?since=${since}` }, false),
    clock: (advanceSeconds) => post('clock', { advanceSeconds }),
    settings: (patch) => post('settings', patch),
    reset: () => post('reset', {}),
  };
}
