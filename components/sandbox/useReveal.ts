'use client';
// Brings a result into view when it changes, if it is not already: on a phone
// the answer to a tap is often below the screen. Smooth unless the reader
// prefers reduced motion.
import { useEffect, useRef } from 'react';

export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (key === null || key === undefined || !el || typeof el.scrollIntoView !== 'function') return;
    const box = el.getBoundingClientRect();
    const guide = document.querySelector<HTMLElement>('[data-guide]')?.getBoundingClientRect().height ?? 0;
    if (box.top >= 0 && box.bottom <= window.innerHeight - guide) return;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: box.height > window.innerHeight / 2 ? 'start' : 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [key]);
  return ref;
}
