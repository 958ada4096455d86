// Highlighting for code that came from outside (the studio, shared links),
// remembered by a hash of language and code: the studio asks again after every
// reload and undo, and a shared link's page, card, embed and oEmbed all build
// the same walkthrough. Strangers' code keeps Shiki's per-line time limit.
import 'server-only';
import { createHash } from 'node:crypto';
import { highlight, UNTRUSTED_LINE_MS } from '@/lib/lessons/highlight';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';

const CACHE_ENTRIES = 200;

export interface Highlighted {
  language: string;
  lines: CodeToken[][];
}

// On globalThis, like the highlighter: one cache per server process.
const shared = globalThis as typeof globalThis & { __stepwiseHighlightCache?: Map<string, Highlighted> };
const cache = (shared.__stepwiseHighlightCache ??= new Map());

/** The code's lines highlighted, its cache key (a hash, also the route's ETag), and whether it was cached. */
export async function highlightCached(code: string, language: LanguageId): Promise<{ result: Highlighted; key: string; hit: boolean }> {
  const key = createHash('sha256').update(`${language}\0${code}`).digest('base64url');
  const cached = cache.get(key);
  if (cached) {
    // Least recently used goes first: re-insert on every hit.
    cache.delete(key);
    cache.set(key, cached);
    return { result: cached, key, hit: true };
  }
  const result: Highlighted = { language, lines: await highlight(code.split(/\r?\n/), language, UNTRUSTED_LINE_MS) };
  cache.set(key, result);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return { result, key, hit: false };
}
