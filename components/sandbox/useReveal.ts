'use client';
// Brings a result into view when it changes, if it is not already: on a phone
// the answer to a tap is often below the screen. The scenario guide's bar
// covers the bottom of the screen, so "in view" means above it. Smooth unless
// the reader prefers reduced motion.
import { useEffect, useRef } from 'react';

const MARGIN = 12;

/** Scrolls the window the least that puts `el` in the part of the screen the guide bar leaves free. */
export function bringIntoView(el: Element) {
  const box = el.getBoundingClientRect();
  const bar = document.querySelector('[data-guide]')?.getBoundingClientRect();
  const bottom = (bar ? bar.top : window.innerHeight) - MARGIN;
  let delta = 0;
  if (box.height > bottom - MARGIN || box.top < MARGIN) delta = box.top - MARGIN;
  else if (box.bottom > bottom) delta = box.bottom - bottom;
  if (Math.abs(delta) < 1) return;
  const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy?.({ top: delta, behavior: smooth ? 'smooth' : 'auto' });
}

export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (key === null || key === undefined || !el) return;
    // The guide brings its own step's result into view; two scrolls would fight.
    if (document.querySelector('[data-guide-running]')) return;
    bringIntoView(el);
    // The state that arrives just after an answer can push it down: look again once it has.
    const later = [350, 900].map((ms) => setTimeout(() => bringIntoView(el), ms));
    return () => later.forEach(clearTimeout);
  }, [key]);
  return ref;
}
