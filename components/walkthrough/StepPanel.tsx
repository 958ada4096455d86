'use client';
// Shows the current step's text. Every step is server-rendered in one list;
// this leaf only moves `data-active` (CSS stacks the items in one cell, so the
// tallest sets the height and nothing jumps between steps).
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { usePlayer } from '@/lib/player/context';
import { prefersReducedMotion } from '@/lib/player/motion';

export interface StepPanelProps {
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * Stacked on a phone, the code column sticks to the top of the screen and the
 * text scrolls up under it. A reader who scrolled into a long step and then
 * steps would find the new text's start hidden under the code: bring it back
 * to just below the code. Side by side, or with the text start in view, the
 * page does not move.
 */
function revealUnderStickyCode(list: HTMLOListElement | null) {
  const code = list?.parentElement?.previousElementSibling;
  if (!list || !code || getComputedStyle(code).position !== 'sticky') return;
  const text = list.getBoundingClientRect();
  const cover = code.getBoundingClientRect();
  const sideBySide = text.left >= cover.right;
  if (sideBySide || text.top >= cover.bottom) return;
  scrollBy({ top: text.top - cover.bottom, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}

export function StepPanel({ className, children, ...aria }: StepPanelProps) {
  const step = usePlayer((s) => s.step);
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    const items = list.current?.children ?? [];
    for (let i = 0; i < items.length; i++) items[i]?.toggleAttribute('data-active', i === step);
    // Measured in the next frame, which lays the page out anyway: measuring now
    // would lay it out twice for one key press.
    const frame = requestAnimationFrame(() => revealUnderStickyCode(list.current));
    return () => cancelAnimationFrame(frame);
  }, [step]);

  return (
    <ol ref={list} className={className} {...aria}>
      {children}
    </ol>
  );
}
