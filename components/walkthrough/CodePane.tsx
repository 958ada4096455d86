'use client';
// The code pane: a focusable, scrollable region around the server-rendered
// lines. When the step changes it lights the new lines, moves the light bands
// and scrolls the lines into view, straight on the DOM from a store
// subscription (in the same task as the key press, before React renders
// anything); a click on any line goes to the first step that lights it, with
// one listener for the whole pane.
import { useAnimate } from 'framer-motion/mini';
import { useEffect, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { usePlayerStore, usePlayerSteps } from '@/lib/player/context';
import { prefersReducedMotion } from '@/lib/player/motion';
import { clearLight, showFile } from './file-panels';
import { lightStep, type AnimateBand } from './light-step';
import { playVersionChange, switchVersion, type VersionChangeRows, type VersionMoves, type VersionRanges } from './version-switch';

const EASE = [0.2, 0.7, 0.2, 1] as const;

export interface CodePaneProps {
  label: string;
  className?: string;
  style?: CSSProperties;
  /** Which of the lesson's files this pane shows (steps in other files leave it alone). */
  file?: number;
  /** The version the server rendered. */
  version?: number;
  /** For a file with versions: the rows each version shows (see version-switch.ts). */
  versions?: VersionRanges;
  /** For a file with versions: the lines that move between neighbouring versions. */
  moves?: VersionMoves;
  children: ReactNode;
}

export function CodePane({ label, className, style, file = 0, version, versions, moves, children }: CodePaneProps) {
  const store = usePlayerStore();
  const steps = usePlayerSteps();
  const [scope, animate] = useAnimate<HTMLPreElement>();

  useEffect(() => {
    const move: AnimateBand = (band, from) =>
      animate(band, { transform: [from, 'translateY(0px) scaleY(1)'] }, { duration: 0.28, ease: EASE });
    const show = (step: number, still: boolean) => {
      const pane = scope.current;
      const target = steps[step];
      if (!pane || !target) return;
      if ((target.file ?? 0) !== file) return clearLight(pane);
      const calm = still || prefersReducedMotion();
      // The step's file comes to the front before the light measures it; its version changes in the middle of the light.
      showFile(pane, file);
      const switched: { rows?: VersionChangeRows } = {};
      const change = versions
        ? (lineHeight: number | null) => (switched.rows = switchVersion(pane, versions, target.version ?? 0, moves, lineHeight))
        : undefined;
      lightStep(pane, target.lines, { animate: calm ? null : move, smooth: !calm, change });
      if (switched.rows) playVersionChange(switched.rows, !calm);
    };
    // The server lit the first step shown, but only the browser knows the
    // pane's size: the lines go into view now, without travel (a `?step=N`
    // link to step 8 opens with step 8's lines on screen).
    show(store.getState().step, true);
    return store.subscribe((s, prev) => {
      if (s.wrap !== prev.wrap && scope.current) {
        // Wrapping changes every line's height: the lit lines are found again.
        scope.current.setAttribute('data-wrap', s.wrap ? 'on' : 'off');
        show(s.step, true);
      }
      // A restored step (a `?step=N` link) is where the reader starts: no travel to it.
      if (s.step !== prev.step) show(s.step, s.origin === 'restore' || s.origin === 'initial');
    });
  }, [store, steps, scope, animate, file, versions, moves]);

  const onClick = (event: MouseEvent<HTMLPreElement>) => {
    const line = (event.target as Element).closest?.('[data-step]');
    if (!line || !event.currentTarget.contains(line)) return;
    // Dragging to select code is not a click on a line.
    const selection = window.getSelection?.();
    if (selection && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode)) return;
    store.getState().goto(Number(line.getAttribute('data-step')));
  };

  return (
    // Focusable so keyboard users can scroll it; when it overflows sideways, its own arrows scroll it.
    <pre
      ref={scope}
      className={className}
      style={style}
      tabIndex={0}
      role="region"
      aria-label={label}
      onClick={onClick}
      data-version={version}
    >
      {children}
    </pre>
  );
}
