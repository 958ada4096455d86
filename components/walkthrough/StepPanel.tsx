'use client';
// Shows the current step's text. Every step is server-rendered in one list;
// this leaf only moves `data-active` (CSS stacks the items in one cell, so the
// tallest sets the height and nothing jumps between steps).
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { usePlayer } from '@/lib/player/context';

export interface StepPanelProps {
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

export function StepPanel({ className, children, ...aria }: StepPanelProps) {
  const step = usePlayer((s) => s.step);
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    const items = list.current?.children ?? [];
    for (let i = 0; i < items.length; i++) items[i]?.toggleAttribute('data-active', i === step);
  }, [step]);

  return (
    <ol ref={list} className={className} {...aria}>
      {children}
    </ol>
  );
}
