// POST /api/highlight: the studio's code, highlighted by the lessons' shared
// Shiki highlighter, so the browser never receives Shiki or a grammar. Guards
// in the sandbox routes' order (origin, JSON, size), then the per-client count
// of requests, then the cache of strangers' code (./highlight-cache), which
// charges only misses to the client's share of the highlighter's time.
import 'server-only';
import { isLanguageId, type LanguageId } from '@/lib/lessons/languages';
import { checkJsonType, checkOrigin, parseJson, readBody } from '@/sandbox/http';
import { SandboxError } from '@/sandbox/errors';
import { clientKey } from '@/sandbox/rate-limit';
import { store } from '@/sandbox/store';
import { HIGHLIGHT_TIME, type Refusal } from './highlight-budget';
import { highlightCached } from './highlight-cache';
import { LIMITS } from './model';

export const HIGHLIGHT_RATE = { max: 60, windowMs: 60_000 } as const;

/** JSON escaping can grow code several times over; the code's own cap is checked after parsing. */
const BODY_BYTES = 6 * LIMITS.codeBytes;

export async function handleHighlight(request: Request): Promise<Response> {
  try {
    checkOrigin(request);
    checkJsonType(request);
    const { code, language } = readInput(parseJson(await readBody(request, BODY_BYTES)));
    const client = clientKey(request);
    await countRequest(client);
    const done = await highlightCached(code, language, client);
    if (!done.ok && done.reason === 'full') return unavailable('The highlighter has a queue of other code: try again in a second.', { 'Retry-After': '1' });
    if (!done.ok) throw refused(done);
    const { json, key, hit } = done.value;
    return answer(json, key, hit ? 'hit' : 'miss');
  } catch (error) {
    if (error instanceof SandboxError) return Response.json(error.toJSON(), { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } });
    console.error('[highlight] failed:', error);
    return unavailable('The highlighter failed; the server log says why.');
  }
}

function unavailable(message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: 'unavailable', message }, { status: 503, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** `json`: the highlight-wire answer, already JSON text. */
function answer(json: string, key: string, cacheState: 'hit' | 'miss'): Response {
  return new Response(json, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ETag: `"${key}"`, 'X-Highlight-Cache': cacheState },
  });
}

function readInput(body: unknown): { code: string; language: LanguageId } {
  const { code, language } = (body ?? {}) as { code?: unknown; language?: unknown };
  if (typeof code !== 'string') throw new SandboxError('bad_request', 'Send {"code": "…", "language": "…"}: code must be a string.');
  if (typeof language !== 'string' || !isLanguageId(language)) {
    throw new SandboxError('bad_request', `language must be one of the languages the site highlights (e.g. "typescript"), not ${JSON.stringify(String(language).slice(0, 40))}.`);
  }
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > LIMITS.codeBytes) {
    throw new SandboxError('payload_too_large', `The code is ${Math.ceil(bytes / 1024)} KB; the most the studio highlights is ${LIMITS.codeBytes / 1024} KB.`);
  }
  const lines = code.split(/\r?\n/).length;
  if (lines > LIMITS.lines) {
    throw new SandboxError('payload_too_large', `The code has ${lines} lines; the most the studio highlights is ${LIMITS.lines}.`);
  }
  return { code, language };
}

async function countRequest(client: string): Promise<void> {
  const { value, expiresAt } = await store().increment(`rl:highlight:${client}`, 1, HIGHLIGHT_RATE.windowMs);
  if (value > HIGHLIGHT_RATE.max) throw rateLimited('Too many highlight requests', expiresAt);
}

/** Past one of ./highlight-budget's limits: a 429 that says which. */
function refused(refusal: Exclude<Refusal, { reason: 'full' }>): SandboxError {
  if (refusal.reason === 'busy') {
    return new SandboxError('rate_limited', 'Your earlier code is still being highlighted: send the next when it answers.', undefined, { 'Retry-After': '1' });
  }
  return rateLimited(`Your code has used ${(refusal.usedMs / 1000).toFixed(1)} s of the highlighter this minute, more than the ${HIGHLIGHT_TIME.maxMs / 1000} s ordinary code needs`, refusal.expiresAt);
}

function rateLimited(what: string, expiresAt: number): SandboxError {
  const retryAfter = Math.max(1, Math.ceil((expiresAt - Date.now()) / 1000));
  return new SandboxError('rate_limited', `${what}: try again in ${retryAfter} s.`, undefined, { 'Retry-After': String(retryAfter) });
}
