// Reading the player the way a reader sees it.
import { fireEvent, within } from '@testing-library/react';

/** The player region by its accessible name. */
export function player(root: HTMLElement, title = 'A fixture lesson'): HTMLElement {
  return within(root).getByRole('region', { name: `Walkthrough: ${title}` });
}

/** "STEP 02 / 05" as shown. */
export function counter(el: HTMLElement): string {
  return el.querySelector('[data-counter] [aria-hidden]')?.textContent ?? '';
}

/** 1-based numbers of the lit lines. */
export function litLines(el: HTMLElement): number[] {
  return [...el.querySelectorAll('[data-lit]')].map((line) => Number(line.getAttribute('data-line')));
}

/** The title of the step whose text is shown. */
export function shownTitle(el: HTMLElement): string {
  return el.querySelector('li[data-active] h2')?.textContent ?? '';
}

export function line(el: HTMLElement, n: number): HTMLElement {
  const found = el.querySelector<HTMLElement>(`[data-line="${n}"]`);
  if (!found) throw new Error(`no line ${n}`);
  return found;
}

export function press(target: Element | Document, key: string, init: KeyboardEventInit = {}): void {
  fireEvent.keyDown(target, { key, bubbles: true, ...init });
}

export function codePane(el: HTMLElement): HTMLElement {
  return within(el).getByRole('region', { name: /^Code/ });
}

/** Makes an element report that its content is wider than its box, and scrolls sideways. */
export function makeOverflowing(el: HTMLElement): void {
  Object.defineProperty(el, 'scrollWidth', { configurable: true, value: 900 });
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: 300 });
  el.style.overflowX = 'auto';
}

export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  Object.defineProperty(document, 'hidden', { configurable: true, value: state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}
