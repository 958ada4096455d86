// The code pane's light, done on the DOM directly: a step change touches only
// the lines whose state changes and the few bands, and never re-renders the
// code. Every geometry read happens first, while the layout is still clean from
// the last frame, and every write after: a step costs no forced layout. A
// version switch (a write) goes between the two: unwrapped lines are all one
// line high, so the new version's lines are placed from their numbers and
// nothing is measured after it; wrapped ones are measured once it is done.
import { rangesOf } from '@/lib/player/line-ranges';
import { scrollTarget } from '@/lib/player/scroll';

/** Starts one band's move from `from` (a transform) to where CSS now places it. */
export type AnimateBand = (band: HTMLElement, from: string) => { cancel(): void };

// The move each band is making, so the next step can stop it without asking
// the element (getAnimations would recalculate styles mid-update).
const moving = new WeakMap<Element, { cancel(): void }>();

export interface ShowOptions {
  /** Move the bands from where they are drawn now; without it they jump. */
  animate: AnimateBand | null;
  /** Scroll the pane smoothly rather than at once. */
  smooth: boolean;
  /**
   * Changes which lines the pane shows (a version switch), after the reads
   * and before the light's writes. Gets the line height when every line is
   * one line high (the change must not read the layout then), else null.
   */
  change?: (lineHeight: number | null) => void;
}

/**
 * Lights `lines` (1-based) in `pane`: `data-lit` on exactly those lines, one
 * band per contiguous run (placed by CSS from `--a`, its first line, and `--n`,
 * its line count), and the lit lines scrolled into view inside the pane.
 */
export function lightStep(pane: HTMLElement, lines: readonly number[], { animate, smooth, change }: ShowOptions): void {
  const box = pane.querySelector<HTMLElement>('[data-bands]');
  let firstLine = pane.querySelector<HTMLElement>('[data-line]');
  // Bands show exactly when lines do not wrap (CSS), and then every line is one line high.
  const oneHigh = box !== null && box.getClientRects().length > 0 ? (firstLine?.getBoundingClientRect().height ?? 0) : 0;
  if (!oneHigh) {
    change?.(null);
    firstLine = pane.querySelector<HTMLElement>('[data-line]');
  }
  if (!firstLine) return;
  const ranges = rangesOf(lines);

  // ── reads ──
  const lineBox = firstLine.getBoundingClientRect();
  const codeTop = (firstLine.parentElement ?? firstLine).getBoundingClientRect().top;
  const paneTop = pane.getBoundingClientRect().top - pane.scrollTop;
  const scroll = { top: pane.scrollTop, view: pane.clientHeight, max: pane.scrollHeight - pane.clientHeight };
  const bands = box ? (Array.from(box.children) as HTMLElement[]) : [];
  const drawn = animate ? bands.map((band) => band.getBoundingClientRect()) : [];
  // Wrapped lines differ in height: measured (after the change). Unwrapped: from their numbers.
  const extent = (from: number, to: number) => {
    if (oneHigh) return { top: codeTop - paneTop + (from - 1) * oneHigh, bottom: codeTop - paneTop + to * oneHigh };
    const a = pane.querySelector(`[data-line="${from}"]`)?.getBoundingClientRect();
    const b = from === to ? a : pane.querySelector(`[data-line="${to}"]`)?.getBoundingClientRect();
    return a && b ? { top: a.top - paneTop, bottom: b.bottom - paneTop } : null;
  };
  const head = ranges[0];
  const all = head ? extent(head[0], ranges.at(-1)?.[1] ?? head[1]) : null;
  const first = head ? extent(head[0], head[1]) : null;

  // Scrolling needs a clean layout too, so it starts before anything changes,
  // unless it goes past today's end (the change may make room): then after it.
  const pending = oneHigh > 0 && change !== undefined;
  const target = all && first ? scrollTarget(all, first, lineBox.height, pending ? { ...scroll, max: Infinity } : scroll) : null;
  const scrollTo = (top: number) => {
    if (typeof pane.scrollTo === 'function') pane.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
    else pane.scrollTop = top;
  };
  const later = target !== null && target > scroll.max;
  if (target !== null && !later) scrollTo(target);
  if (oneHigh) change?.(oneHigh);
  if (later) scrollTo(Math.min(target, pane.scrollHeight - pane.clientHeight));

  // ── writes ──
  markLit(pane, lines);
  // A band still moving stops where it was drawn; its next move starts from there.
  for (const band of bands) moving.get(band)?.cancel();
  if (box) {
    while (bands.length < ranges.length) bands.push(box.appendChild(pane.ownerDocument.createElement('span')));
    while (bands.length > ranges.length) bands.pop()?.remove();
    ranges.forEach(([from, to], i) => {
      const band = bands[i] as HTMLElement;
      band.style.setProperty('--a', String(from));
      band.style.setProperty('--n', String(to - from + 1));
      band.style.transform = '';
      // Where CSS puts it now, from the code's top (unwrapped lines are all one height).
      const was = drawn[Math.min(i, drawn.length - 1)];
      // Wrapped code hides the bands (each lit line is lit by itself): nothing to move.
      if (!animate || !was || lineBox.height === 0 || was.height === 0) return;
      const top = codeTop + (from - 1) * lineBox.height;
      const height = (to - from + 1) * lineBox.height;
      const dy = was.top - top;
      const sy = was.height / height;
      if (Math.abs(dy) >= 0.5 || Math.abs(sy - 1) >= 0.01) moving.set(band, animate(band, `translateY(${dy}px) scaleY(${sy})`));
    });
  }
}

/** Marks exactly `lines` with `data-lit`. */
function markLit(pane: HTMLElement, lines: readonly number[]): void {
  const wanted = new Set(lines.map(String));
  for (const el of pane.querySelectorAll('[data-lit]')) {
    const n = el.getAttribute('data-line') ?? '';
    if (wanted.has(n)) wanted.delete(n);
    else el.removeAttribute('data-lit');
  }
  for (const n of wanted) pane.querySelector(`[data-line="${n}"]`)?.setAttribute('data-lit', '');
}
