'use client';
// The studio's code, highlighted by POST /api/highlight (Shiki stays on the
// server): asked for a moment after typing stops, remembered per code and
// language for the session, and plain text until (or unless) it answers.
import { useEffect, useState } from 'react';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';

const DELAY_MS = 350;
const remembered = new Map<string, CodeToken[][]>();

export interface Highlight {
  /** Tokens per line, or null while plain. */
  lines: CodeToken[][] | null;
  /** Why highlighting failed, in words; null when it did not. */
  error: string | null;
}

export function useHighlight(code: string, language: LanguageId): Highlight {
  const key = `${language}\0${code}`;
  const [state, setState] = useState<{ key: string; result: Highlight }>({ key: '', result: { lines: null, error: null } });

  useEffect(() => {
    if (remembered.has(key) || !code.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/api/highlight', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code, language }),
          signal: controller.signal,
        });
        const body = (await response.json()) as { lines?: CodeToken[][]; message?: string };
        if (response.ok && body.lines) {
          remembered.set(key, body.lines);
          setState({ key, result: { lines: body.lines, error: null } });
        } else {
          setState({ key, result: { lines: null, error: body.message ?? `The highlighter answered ${response.status}.` } });
        }
      } catch {
        if (!controller.signal.aborted) setState({ key, result: { lines: null, error: 'The highlighter could not be reached.' } });
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, code, language]);

  const known = remembered.get(key);
  if (known) return { lines: known, error: null };
  return state.key === key ? state.result : { lines: null, error: null };
}
