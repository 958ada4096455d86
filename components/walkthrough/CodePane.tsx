'use client';
// The code pane: a focusable, scrollable region around the server-rendered
// lines. It lights the step's lines, moves the light bands and scrolls the
// lit lines into view, all in a layout effect on the DOM; a click on any line
// goes to the first step that lights it (one listener for the whole pane).
import { useAnimate } from 'framer-motion/mini';
import { useLayoutEffect, useRef, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { usePlayer, usePlayerStore, usePlayerSteps } from '@/lib/player/context';
import { prefersReducedMotion } from '@/lib/player/motion';
import { markLit, placeBands, revealLines, type AnimateBand } from './light';

const EASE = [0.2, 0.7, 0.2, 1] as const;

export interface CodePaneProps {
  label: string;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}

export function CodePane({ label, className, style, children }: CodePaneProps) {
  const store = usePlayerStore();
  const steps = usePlayerSteps();
  const step = usePlayer((s) => s.step);
  const [scope, animate] = useAnimate<HTMLPreElement>();
  const shown = useRef(step);

  useLayoutEffect(() => {
    const pane = scope.current;
    if (!pane || shown.current === step) return;
    shown.current = step;
    const lines = steps[step]?.lines ?? [];
    const origin = store.getState().origin;
    // A restored step (from the URL) is where the reader starts: no travel to it.
    const still = origin === 'restore' || origin === 'initial' || prefersReducedMotion();
    const move: AnimateBand = (band, from) =>
      animate(band, { transform: [from, 'translateY(0px) scaleY(1)'] }, { duration: 0.28, ease: EASE });
    markLit(pane, lines);
    const bands = pane.querySelector<HTMLElement>('[data-bands]');
    if (bands) placeBands(bands, lines, still ? null : move);
    revealLines(pane, lines, !still);
  }, [step, steps, store, scope, animate]);

  const onClick = (event: MouseEvent<HTMLPreElement>) => {
    const line = (event.target as Element).closest?.('[data-step]');
    if (!line || !event.currentTarget.contains(line)) return;
    // Dragging to select code is not a click on a line.
    const selection = window.getSelection?.();
    if (selection && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode)) return;
    store.getState().goto(Number(line.getAttribute('data-step')));
  };

  return (
    // The region is focusable so keyboard users can scroll it; its own arrows scroll it when it overflows.
    <pre ref={scope} className={className} style={style} tabIndex={0} role="region" aria-label={label} onClick={onClick}>
      {children}
    </pre>
  );
}
