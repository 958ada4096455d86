// Highlighting for code that came from outside (the studio, shared links),
// remembered by a hash of language and code: the studio asks again after every
// reload and undo, and a shared link's page, card, embed and oEmbed all build
// the same walkthrough. A miss is highlighted on the highlight thread
// (./highlight-thread), with Shiki's per-line time limit for strangers' code.
// An entry is the route's answer as JSON text (./highlight-wire), one string:
// a hit is sent as it is, and 200 cached files are 200 strings for the garbage
// collector, not 200 trees of thousands of small token objects that every
// collection walked and copied.
import 'server-only';
import { createHash } from 'node:crypto';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';
import { withinBudget, type Budgeted } from './highlight-budget';
import { highlightOnThread } from './highlight-thread';
import { fromWire } from './highlight-wire';

const CACHE_ENTRIES = 200;

// On globalThis, like the highlighter: one cache per server process.
const shared = globalThis as typeof globalThis & { __stepwiseHighlightCache?: Map<string, string> };
const cache = (shared.__stepwiseHighlightCache ??= new Map());

/**
 * /api/highlight's answer: the code highlighted, as JSON text; its cache key (a
 * hash, also the route's ETag); whether it was cached; the highlighter's time.
 * A hit costs the highlighter nothing, so it is answered whatever `client` has
 * used; a miss is highlighted within the client's budget (./highlight-budget).
 */
export async function highlightCached(code: string, language: LanguageId, client: string): Promise<Budgeted<{ json: string; key: string; hit: boolean; ms: number }>> {
  const key = keyOf(code, language);
  const cached = remembered(key);
  if (cached !== undefined) return { ok: true, value: { json: cached, key, hit: true, ms: 0 } };
  return withinBudget(client, async () => ({ ...(await highlightMiss(key, code, language)), key, hit: false }));
}

async function highlightMiss(key: string, code: string, language: LanguageId): Promise<{ json: string; ms: number }> {
  const done = await highlightOnThread(code, language);
  cache.set(key, done.json);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return done;
}

const keyOf = (code: string, language: LanguageId) => createHash('sha256').update(`${language}\0${code}`).digest('base64url');

function remembered(key: string): string | undefined {
  const cached = cache.get(key);
  if (cached === undefined) return undefined;
  // Least recently used goes first: re-insert on every hit.
  cache.delete(key);
  cache.set(key, cached);
  return cached;
}

/**
 * The same, as tokens, one list per line: a shared walkthrough's page, card and
 * embed. A miss is charged to `client` (the visitor, or PAGE_RENDER for a
 * cached page's one render; ./highlight-budget); past its limits, or if the
 * thread or the store fails, the code comes back plain (`plain: true`) and
 * uncached, to be coloured for the next.
 */
export async function highlightedLines(code: string, language: LanguageId, client: string): Promise<{ tokens: CodeToken[][]; plain: boolean }> {
  try {
    const done = await highlightCached(code, language, client);
    if (done.ok) return { tokens: tokensOf(done.value.json), plain: false };
  } catch (error) {
    // The thread failed (the next job starts a new one) or the budget's store did: the page still renders, its code plain.
    console.error('[highlight] a shared page gets plain code:', error);
  }
  return { tokens: plainLines(code), plain: true };
}

const plainLines = (code: string): CodeToken[][] => code.split(/\r?\n/).map((line) => [{ content: line }]);

const tokensOf = (json: string): CodeToken[][] => fromWire(JSON.parse(json)) ?? [];
