// A walkthrough made in the studio: files of code and ordered steps over them.
// It is what a draft holds, what a share link carries and what `.mdx` export
// writes. Everything in it is untrusted once it has been through a URL, so the
// schema caps every size and refuses what a lesson in the repo may do but a
// shared one must not (patterns in `lines`: a hostile regex could stall the server).
import { z } from 'zod';
import { LANGUAGE_IDS, type LanguageId } from '@/lib/lessons/languages';

export const LIMITS = {
  files: 6,
  /** Code across all files, in UTF-8 bytes (the same cap as /api/highlight). */
  codeBytes: 64 * 1024,
  /** Lines in one file. */
  lines: 400,
  steps: 50,
  title: 120,
  fileName: 100,
  stepTitle: 120,
  linesSpec: 200,
  /** A step's Markdown, in characters. */
  body: 2000,
} as const;

export interface StudioFile {
  /** Shown above the code: `session.ts`. May be empty. */
  name: string;
  language: LanguageId;
  code: string;
}

export interface StudioStep {
  title: string;
  /** A lines spec as lessons write it: `4-6, 9, #region`. */
  lines: string;
  /** Markdown, rendered without raw HTML. */
  body: string;
  /** Index into `files`; 0 when there is one file. */
  file: number;
}

export interface StudioWalkthrough {
  title: string;
  files: StudioFile[];
  steps: StudioStep[];
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const lineCount = (code: string) => code.split(/\r?\n/).length;

/** N, N-M and #region items only (no /regex/), comma-separated. */
const SAFE_SPEC = /^[\s\d,#\w-]*$/;

const fileSchema = z.strictObject({
  name: z.string().max(LIMITS.fileName),
  language: z.enum(LANGUAGE_IDS as [LanguageId, ...LanguageId[]]),
  code: z
    .string()
    .max(LIMITS.codeBytes)
    .refine((code) => lineCount(code) <= LIMITS.lines, `a file may have at most ${LIMITS.lines} lines`),
});

const stepSchema = z.strictObject({
  title: z.string().max(LIMITS.stepTitle),
  lines: z
    .string()
    .max(LIMITS.linesSpec)
    .regex(SAFE_SPEC, 'lines may use line numbers, ranges and #regions (patterns are for lessons in the repository)'),
  body: z.string().max(LIMITS.body),
  file: z.number().int().min(0).max(LIMITS.files - 1),
});

export const walkthroughSchema = z
  .strictObject({
    title: z.string().max(LIMITS.title),
    files: z.array(fileSchema).min(1).max(LIMITS.files),
    steps: z.array(stepSchema).max(LIMITS.steps),
  })
  .refine((w) => w.files.reduce((sum, f) => sum + utf8Bytes(f.code), 0) <= LIMITS.codeBytes, {
    message: `the code may be at most ${LIMITS.codeBytes / 1024} KB in all`,
  })
  .refine((w) => w.steps.every((step) => step.file < w.files.length), { message: 'a step names a file that is not there' });

/** The shape alone, without the limits: a draft over a limit is still the author's work, kept across reloads. */
export const draftSchema = z.object({
  title: z.string(),
  files: z.array(z.object({ name: z.string(), language: fileSchema.shape.language, code: z.string() })).min(1),
  steps: z.array(z.object({ title: z.string(), lines: z.string(), body: z.string(), file: z.number().int().min(0) })),
});

export function emptyWalkthrough(): StudioWalkthrough {
  return { title: '', files: [{ name: '', language: 'typescript', code: '' }], steps: [] };
}
