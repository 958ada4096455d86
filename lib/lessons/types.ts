// The shape a lesson takes once it is loaded, validated and highlighted.
// Server components read `Lesson`; the client player only ever receives the
// serialisable `PlayerStep[]` (and, for files with versions, which rows each
// version shows) plus server-rendered markup.
import type { ComponentType } from 'react';
import type { LanguageId } from './languages';
import type { VersionChange } from './versions';

export type { VersionChange } from './versions';

export const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const;
export type Level = (typeof LEVELS)[number];

export interface LessonMeta {
  slug: string;
  title: string;
  summary: string;
  /** Shiki language id, e.g. `typescript`, `python`, `go`. */
  language: string;
  /** How people say it: `TypeScript`, `Python`, `Go`. */
  languageLabel: string;
  level: Level;
  tags: string[];
  takeaways: [string, string, string];
  related: string[];
  /** Optional sandbox preset the lesson links to. */
  sandbox?: string;
  /** Lines of code a reader ends with: every file's last version. */
  lineCount: number;
  stepCount: number;
}

/** A run of text in one colour; `style` carries both themes as CSS variables. */
export interface CodeToken {
  content: string;
  /** e.g. `--shiki-light:#24292e;--shiki-dark:#e1e4e8` (absent for plain text). */
  style?: string;
}

export interface CodeLine {
  /** 1-based, counted after region markers are removed. */
  number: number;
  tokens: CodeToken[];
  /** 0-based indices of the steps that light this line (in this file and version), ascending. */
  steps: number[];
}

/** One version of a file: the code a reader sees at the steps that use it. */
export interface CodeVersion {
  /** The author's name for it (`<Code version="pinned">`), or its number: "1", "2". */
  label: string;
  /** `inline`, or the repo path as written, e.g. `sandbox/session.ts#sign`. */
  source: string;
  lines: CodeLine[];
  /** What changed since the previous version; absent on the first. */
  change?: VersionChange;
}

/** A line of a file as it lives across versions: the player shows a version by showing its rows. */
export interface CodeRow {
  tokens: CodeToken[];
  /** Its 1-based line number in each version, 0 where that version lacks it. */
  at: number[];
  /** 0-based indices of the steps that light it, in any version, ascending. */
  steps: number[];
}

/** A code file of the walkthrough, shown under its name (a tab when there are several). */
export interface CodeFile {
  /** `route.ts`: unique in the lesson; steps name it in `file="…"`. */
  name: string;
  language: LanguageId;
  /** At least one; steps move between them. */
  versions: CodeVersion[];
  /** Every line of every version once, in an order each version reads in. */
  rows: CodeRow[];
}

export interface LessonStep {
  index: number;
  title: string;
  /** Index into `Lesson.files` of the file it lights. */
  file: number;
  /** Index into that file's `versions`. */
  version: number;
  /** 1-based line numbers (of that file and version) this step lights, ascending, never empty. */
  lines: number[];
  /** Words in the step's text: autoplay dwells in proportion. */
  words: number;
  /** The step's MDX body, compiled on the server. */
  Body: ComponentType<{ components?: Record<string, unknown> }>;
}

export interface Lesson {
  meta: LessonMeta;
  /** Repo-relative path of the MDX file, for messages: `content/x.mdx`. */
  file: string;
  /** The code files, in the order they are declared. */
  files: CodeFile[];
  /** The first file's first version's source: `inline` or a repo path, e.g. `sandbox/session.ts#sign`. */
  codeSource: string;
  /** The first file's first version's lines (single-file views: cards, previews). */
  lines: CodeLine[];
  steps: LessonStep[];
  /** The frontmatter's `preview` lines, in `lines`: what cards show of the code. */
  preview?: number[];
}

/** What the client player is given about each step (serialisable). */
export interface PlayerStep {
  title: string;
  lines: number[];
  words: number;
  /** Index of the file it lights (absent: the first). */
  file?: number;
  /** Index of that file's version (absent: the first). */
  version?: number;
}
