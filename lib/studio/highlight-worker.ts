// The thread strangers' code is highlighted on (./highlight-thread): Shiki's
// tokenizer allocates some 15 MB for a 200-line file, and on the server's own
// heap (Next.js, React, every route) each collection of that garbage took
// 40–90 ms; here the heap holds little more than the grammars. The server's
// event loop also keeps answering other requests meanwhile.
import { parentPort } from 'node:worker_threads';
import { ensureLanguage, highlight, UNTRUSTED_LINE_MS } from '@/lib/lessons/highlight';
import type { LanguageId } from '@/lib/lessons/languages';
import { toWire } from './highlight-wire';

export interface HighlightJob {
  id: number;
  code: string;
  language: LanguageId;
}

/** `ms`: how long the tokenizing took, charged to the client who asked (./highlight-budget). */
export type HighlightDone = { id: number; json: string; ms: number } | { id: number; error: string };

parentPort?.on('message', async ({ id, code, language }: HighlightJob) => {
  try {
    // Loading a grammar is the server's cost, not the code's: the clock starts after it.
    await ensureLanguage(language);
    const started = performance.now();
    const lines = await highlight(code.split(/\r?\n/), language, UNTRUSTED_LINE_MS);
    parentPort?.postMessage({ id, json: JSON.stringify(toWire(language, lines)), ms: performance.now() - started } satisfies HighlightDone);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies HighlightDone);
  }
});
