'use client';
// The studio's files, highlighted by POST /api/highlight (Shiki stays on the
// server): asked for a moment after typing stops, remembered per code and
// language for the session, and plain text until (or unless) it answers.
import { useEffect, useState } from 'react';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';
import { fromWire } from '@/lib/studio/highlight-wire';

const DELAY_MS = 350;
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

async function ask({ code, language }: Source, signal: AbortSignal): Promise<{ lines: CodeToken[][] } | { error: string }> {
  try {
    const response = await fetch('/api/highlight', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, language }),
      signal,
    });
    const body: unknown = await response.json();
    const lines = response.ok ? fromWire(body) : null;
    return lines ? { lines } : { error: (body as { message?: string }).message ?? `The highlighter answered ${response.status}.` };
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

  useEffect(() => {
    const missing = sources.filter((s) => s.code.trim() && !remembered.has(keyOf(s)));
    if (missing.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      for (const source of missing) {
        const answer = await ask(source, controller.signal);
        if (controller.signal.aborted) return;
        if ('lines' in answer) remembered.set(keyOf(source), answer.lines);
        else setErrors((e) => ({ ...e, [keyOf(source)]: answer.error }));
      }
      setVersion((v) => v + 1);
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `wanted` stands for the sources' content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);

  return keys.map((key) => ({ lines: remembered.get(key) ?? null, error: remembered.has(key) ? null : (errors[key] ?? null) }));
}
