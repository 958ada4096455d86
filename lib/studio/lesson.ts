// A shared walkthrough as a `Lesson`, built in memory for one request with the
// lessons' own parts: region markers and lines specs (lib/lessons), the shared
// Shiki highlighter, and the player. Bodies are Markdown rendered without raw
// HTML (./markdown), never MDX: MDX runs code, and this text came from a URL.
import 'server-only';
import type { Lesson } from '@/lib/lessons/types';
import { assembleLesson } from './assemble';
import { highlightedLines } from './highlight-cache';
import { displayed, litLines } from './lines-spec';
import type { StudioWalkthrough } from './model';
import { sharedProblems } from './validate';

/** `plainCode`: some file's code came back uncoloured (the highlighter refused or failed). */
export type Built = { ok: true; lesson: Lesson; plainCode: boolean } | { ok: false; reasons: string[] };

/**
 * `slug` names the player (a new one for each walkthrough): a short hash of the
 * data. `client`: who asked, charged for the highlighting (./highlight-budget).
 */
export async function walkthroughLesson(walkthrough: StudioWalkthrough, slug: string, client: string): Promise<Built> {
  const reasons = sharedProblems(walkthrough);
  if (reasons.length) return { ok: false, reasons };
  const codes = walkthrough.files.map((file) => displayed(file.code));
  const lines = codes.map((code) => (code.ok ? code.code.lines : []));
  const highlighted = await Promise.all(
    walkthrough.files.map(async (file, i) => (lines[i]?.length ? highlightedLines(lines[i].join('\n'), file.language, client) : { tokens: [], plain: false })),
  );
  const tokens = highlighted.map((file) => file.tokens);
  const lit = walkthrough.steps.map((step) => {
    const code = codes[step.file];
    const result = code?.ok ? litLines(step.lines, code.code) : null;
    return result?.ok ? result.lines : [];
  });
  return { ok: true, lesson: assembleLesson({ walkthrough, slug, lines, tokens, lit }), plainCode: highlighted.some((file) => file.plain) };
}
