// The walkthrough player. A server component: every line, every step's text
// and every control is in the HTML, so the lesson reads whole without
// JavaScript (and in print). Small client leaves then take over: the provider
// and its listeners (PlayerRoot), the code pane, the shown step, the counter,
// the controls, the live region and the key sheet.
import type { CSSProperties, ReactNode } from 'react';
import type { Lesson, PlayerStep } from '@/lib/lessons/types';
import type { KeyScope } from '@/lib/player/key-listener';
import { formatLines } from '@/lib/player/line-ranges';
import { clampStep } from '@/lib/player/store';
import { CodeFiles } from './CodeFiles';
import { CodeTools } from './CodeTools';
import { badgeWidth } from './code-html';
import { Controls } from './Controls';
import { KeySheet } from './KeySheet';
import { LiveRegion } from './LiveRegion';
import { PlayerRoot } from './PlayerRoot';
import { StepCounter } from './StepCounter';
import { StepPanel } from './StepPanel';
import { TokenStyle } from './TokenStyle';
import styles from './Walkthrough.module.css';

export interface WalkthroughProps {
  lesson: Lesson;
  /** `page`: keys work anywhere on the page (the page's main player). `focus`: only while focus is inside (embeds, second players). */
  keyScope?: KeyScope;
  /** Start playing at once. */
  autoplay?: boolean;
  /** Keep the step in `?step=N` (replaceState) and open at the step a link names. */
  syncUrl?: boolean;
  /** 0-based step the HTML shows first. */
  initialStep?: number;
  /** Heading level of the step titles, to fit the page's outline (2 under the page's h1). */
  headingLevel?: 2 | 3 | 4;
  /** The player's accessible name; defaults to "Walkthrough: <title>". */
  label?: string;
  /** Extra client leaves inside the player: they can use usePlayer / usePlayerStore from lib/player. */
  children?: ReactNode;
}

/** The file's own name, the language for inline code, or how many files there are. */
function sourceName(lesson: Lesson): string {
  if (lesson.files.length > 1) return `${lesson.files.length} files`;
  if (lesson.codeSource === 'inline') return lesson.meta.languageLabel;
  return lesson.codeSource.split('#')[0]?.split('/').at(-1) ?? lesson.codeSource;
}

/** Every line the page draws, in every file and version (for their token classes). */
function allLines(lesson: Lesson) {
  return lesson.files.flatMap((file) => [...file.versions.flatMap((version) => version.lines), ...file.rows]);
}

/** "Step 3 · session.ts · version 2 · Lines 4–8": the file (and version) only when the lesson has several. */
function stepPlace(lesson: Lesson, step: Lesson['steps'][number]): string {
  const file = lesson.files[step.file];
  if (!file || (lesson.files.length === 1 && file.versions.length === 1)) return formatLines(step.lines);
  const version = file.versions.length > 1 ? ` · version ${step.version + 1}` : '';
  return `${file.name}${version} · ${formatLines(step.lines)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function Walkthrough({
  lesson,
  keyScope = 'page',
  autoplay = false,
  syncUrl = false,
  initialStep = 0,
  headingLevel = 2,
  label,
  children,
}: WalkthroughProps) {
  const { steps } = lesson;
  const total = steps.length;
  const start = clampStep(initialStep, total);
  const playerSteps: PlayerStep[] = steps.map(({ title, lines: lit, words, file, version }) => ({ title, lines: lit, words, file, version }));
  const source = sourceName(lesson);
  const Heading = `h${headingLevel}` as const;
  const gutter = {
    '--digits': String(Math.max(...lesson.files.flatMap((f) => f.versions.map((v) => v.lines.length)))).length,
    '--badge': badgeWidth(lesson.files.flatMap((f) => f.versions.flatMap((v) => v.lines))),
  } as CSSProperties;

  return (
    <PlayerRoot
      // A new lesson is a new player: its store and listeners start afresh.
      key={lesson.meta.slug}
      className={styles.player}
      label={label ?? `Walkthrough: ${lesson.meta.title}`}
      steps={playerSteps}
      initialStep={start}
      autoplay={autoplay}
      keyScope={keyScope}
      syncUrl={syncUrl}
    >
      <header className={styles.header}>
        <span className={styles.source} title={lesson.codeSource === 'inline' ? undefined : lesson.codeSource}>
          {source}
        </span>
        <span className={styles.counts}>
          {plural(lesson.meta.lineCount, 'line')} · {plural(total, 'step')}
        </span>
        <StepCounter className={styles.counter} />
        <CodeTools />
      </header>

      <div className={styles.stage}>
        <div className={styles.codeColumn}>
          <CodeFiles lesson={lesson} start={start} gutter={gutter} />
          <Controls className={styles.controls} />
        </div>

        <div className={styles.textColumn}>
          <StepPanel className={styles.steps} aria-label="Steps">
            {steps.map((step, i) => (
              // Children are styled by position (see .step in the CSS): no class per element, fewer bytes per step.
              <li key={i} className={styles.step} data-active={i === start ? '' : undefined}>
                <p>
                  <span>{`Step ${i + 1}`}</span>
                  <span aria-hidden="true"> · </span>
                  {stepPlace(lesson, step)}
                </p>
                <Heading>{step.title}</Heading>
                <div>
                  <step.Body />
                </div>
              </li>
            ))}
          </StepPanel>
          <p className={styles.legend}>
            <span className={styles.legendKeys}>
              <kbd>Space</kbd> play · <kbd>←</kbd>
              <kbd>→</kbd> step · click any line
            </span>
            <span className={styles.legendTouch}>Swipe to step · tap any line</span>
          </p>
          {/* Beside the step text, where a wide screen has room: the player stays one screen tall. */}
          {children}
        </div>
      </div>

      <TokenStyle lines={allLines(lesson)} />
      <LiveRegion />
      <KeySheet />
    </PlayerRoot>
  );
}
