// The shape a lesson takes once it is loaded, validated and highlighted.
// Server components read `Lesson`; the client player only ever receives the
// serialisable `PlayerStep[]` plus server-rendered markup.
import type { ComponentType } from 'react';

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
  /** 0-based indices of the steps that light this line, ascending. */
  steps: number[];
}

export interface LessonStep {
  index: number;
  title: string;
  /** 1-based line numbers this step lights, ascending, never empty. */
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
  /** Where the code came from: `inline` or a repo path, e.g. `sandbox/session.ts#sign`. */
  codeSource: string;
  lines: CodeLine[];
  steps: LessonStep[];
}

/** What the client player is given about each step (serialisable). */
export interface PlayerStep {
  title: string;
  lines: number[];
  words: number;
}
