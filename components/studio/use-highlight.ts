'use client';
// The studio's files, highlighted by POST /api/highlight (Shiki stays on the
// server): asked for a moment after typing stops, remembered per code and
// language for the session, and plain text until (or unless) it answers. A
// busy or throttled highlighter says when to ask again (Retry-After), and the
// studio does, a few times, without waiting for the next keystroke.
import { useEffect, useState } from 'react';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';
import { fromWire } from '@/lib/studio/highlight-wire';

const DELAY_MS = 350;
/** Asking again after a refusal: at most this many times for the same code, each no later than a minute on. */
const MAX_RETRIES = 5;
const MAX_RETRY_AFTER_S = 60;
const remembered = new Map<string, CodeToken[][]>();

export interface Highlight {
  /** Tokens per line, or null while plain. */
  lines: CodeToken[][] | null;
  /** Why highlighting failed, in words; null when it did not. */
  error: string | null;
}

export interface Source {
  code: string;
  language: LanguageId;
}

const keyOf = ({ code, language }: Source) => `${language}\0${code}`;

type Answer = { lines: CodeToken[][] } | { error: string; retryAfterMs?: number };

async function ask({ code, language }: Source, signal: AbortSignal): Promise<Answer> {
  try {
    const response = await fetch('/api/highlight', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, language }),
      signal,
    });
    const body: unknown = await response.json();
    const lines = response.ok ? fromWire(body) : null;
    if (lines) return { lines };
    const error = (body as { message?: string }).message ?? `The highlighter answered ${response.status}.`;
    const retryAfter = Number(response.headers.get('retry-after'));
    const refused = response.status === 429 || response.status === 503;
    return refused && retryAfter > 0 && retryAfter <= MAX_RETRY_AFTER_S ? { error, retryAfterMs: retryAfter * 1000 } : { error };
  } catch {
    return { error: 'The highlighter could not be reached.' };
  }
}

/** One answer per source, in order. */
export function useHighlights(sources: readonly Source[]): Highlight[] {
  const keys = sources.map(keyOf);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [, setVersion] = useState(0);
  const wanted = keys.join('\u0001');
  // Retries of this content so far; new content starts again from none.
  const [retry, setRetry] = useState({ wanted, count: 0 });
  const retries = retry.wanted === wanted ? retry.count : 0;

  useEffect(() => {
    const missing = sources.filter((s) => s.code.trim() && !remembered.has(keyOf(s)));
    if (missing.length === 0) return;
    const controller = new AbortController();
    let again: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(async () => {
      for (const source of missing) {
        const answer = await ask(source, controller.signal);
        if (controller.signal.aborted) return;
        if ('lines' in answer) {
          remembered.set(keyOf(source), answer.lines);
          continue;
        }
        setErrors((e) => ({ ...e, [keyOf(source)]: answer.error }));
        // Refused for now: the rest would be too, so ask again when the server says.
        if (answer.retryAfterMs && retries < MAX_RETRIES) {
          again = setTimeout(() => setRetry({ wanted, count: retries + 1 }), answer.retryAfterMs);
          break;
        }
      }
      setVersion((v) => v + 1);
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      clearTimeout(again);
      controller.abort();
    };
    // `wanted` stands for the sources' content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, retries]);

  return keys.map((key) => ({ lines: remembered.get(key) ?? null, error: remembered.has(key) ? null : (errors[key] ?? null) }));
}
