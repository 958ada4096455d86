// A thread strangers' code is highlighted on (./highlight-thread): Shiki's
// tokenizer allocates some 15 MB for a 200-line file, and on the server's own
// heap (Next.js, React, every route) each collection of that garbage took
// 40–90 ms; here the heap holds little more than the grammars. The server's
// event loop also keeps answering other requests meanwhile.
import { parentPort } from 'node:worker_threads';
import { ensureLanguage, highlight, highlightFromTopLevel, highlightHead, UNTRUSTED_LINE_MS } from '@/lib/lessons/highlight';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';

/**
 * `part`: `whole` (every line); `head` (the first `splitAt` lines if the state
 * there is the top level, else every line); `tail` (the lines from the top level).
 */
export type HighlightJob = { id: number; lines: string[]; language: LanguageId } & (
  | { part: 'whole' | 'tail' }
  | { part: 'head'; splitAt: number }
);

/** `ms`: how long the tokenizing took, charged to the client who asked (./highlight-budget). */
export type HighlightDone = { id: number; lines: CodeToken[][]; ms: number } | { id: number; error: string };

function tokenize(job: HighlightJob): Promise<CodeToken[][]> {
  if (job.part === 'head') return highlightHead(job.lines, job.splitAt, job.language, UNTRUSTED_LINE_MS);
  if (job.part === 'tail') return highlightFromTopLevel(job.lines, job.language, UNTRUSTED_LINE_MS);
  return highlight(job.lines, job.language, UNTRUSTED_LINE_MS);
}

parentPort?.on('message', async (job: HighlightJob) => {
  try {
    // Loading a grammar is the server's cost, not the code's: the clock starts after it.
    await ensureLanguage(job.language);
    const started = performance.now();
    const lines = await tokenize(job);
    parentPort?.postMessage({ id: job.id, lines, ms: performance.now() - started } satisfies HighlightDone);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies HighlightDone);
  }
});
