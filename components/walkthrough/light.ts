// The code pane's light, done on the DOM directly: a step change touches only
// the lines whose state changes and the few bands, never re-renders the code.
import { rangesOf } from '@/lib/player/lines';

type Range = [number, number];

/** Marks exactly `lines` (1-based numbers) with `data-lit`. */
export function markLit(pane: HTMLElement, lines: readonly number[]): void {
  const wanted = new Set(lines.map(String));
  for (const el of pane.querySelectorAll('[data-lit]')) {
    if (!wanted.has(el.getAttribute('data-line') ?? '')) el.removeAttribute('data-lit');
  }
  for (const n of wanted) pane.querySelector(`[data-line="${n}"]`)?.setAttribute('data-lit', '');
}

/** Starts one band animation; returns something that can stop it. */
export type AnimateBand = (band: HTMLElement, from: string) => { stop(): void };

const running = new WeakMap<Element, { stop(): void }>();

/**
 * One band per contiguous range. Bands are placed by CSS from `--a` (first
 * line) and `--n` (line count); with `animate`, each moves there from where it
 * is drawn now (FLIP: measure, place, invert, play), so an interrupted move
 * continues from the band's current position instead of jumping.
 */
export function placeBands(box: HTMLElement, lines: readonly number[], animate: AnimateBand | null): void {
  const ranges: Range[] = rangesOf(lines);
  const bands = Array.from(box.children) as HTMLElement[];
  const before = animate ? bands.map((band) => band.getBoundingClientRect()) : [];
  for (const band of bands) {
    running.get(band)?.stop();
    running.delete(band);
    band.style.transform = '';
  }
  while (bands.length < ranges.length) bands.push(box.appendChild(box.ownerDocument.createElement('span')));
  while (bands.length > ranges.length) bands.pop()?.remove();
  ranges.forEach(([from, to], i) => {
    bands[i]?.style.setProperty('--a', String(from));
    bands[i]?.style.setProperty('--n', String(to - from + 1));
  });
  if (!animate || before.length === 0) return;
  bands.forEach((band, i) => {
    // A new band grows out of the last band that was there.
    const first = before[Math.min(i, before.length - 1)];
    const last = band.getBoundingClientRect();
    if (!first || last.height === 0) return;
    const dy = first.top - last.top;
    const sy = first.height / last.height;
    if (Math.abs(dy) < 0.5 && Math.abs(sy - 1) < 0.01) return;
    running.set(band, animate(band, `translateY(${dy}px) scaleY(${sy})`));
  });
}

/** Where (in the pane's scroll coordinates) the lines `from`..`to` are. */
function span(pane: HTMLElement, from: number, to: number): { top: number; bottom: number } | null {
  const first = pane.querySelector(`[data-line="${from}"]`);
  const last = pane.querySelector(`[data-line="${to}"]`);
  if (!first || !last) return null;
  const origin = pane.getBoundingClientRect().top - pane.scrollTop;
  return { top: first.getBoundingClientRect().top - origin, bottom: last.getBoundingClientRect().bottom - origin };
}

/**
 * Scrolls the pane (never the page) so the lit lines are in view: all of them
 * when they fit, else the first run. Lines already comfortably in view stay put.
 */
export function revealLines(pane: HTMLElement, lines: readonly number[], smooth: boolean): void {
  const ranges = rangesOf(lines);
  const head = ranges[0];
  const tail = ranges.at(-1);
  const view = pane.clientHeight;
  if (!head || !tail || view === 0) return;
  const all = span(pane, head[0], tail[1]);
  if (!all) return;
  const lineHeight = (all.bottom - all.top) / (tail[1] - head[0] + 1);
  const margin = Math.min(2 * lineHeight, view / 6);
  const fits = all.bottom - all.top + 2 * margin <= view;
  const target = fits ? all : span(pane, head[0], head[1]);
  if (!target) return;
  const seenTop = pane.scrollTop;
  const height = target.bottom - target.top;
  const roomy = height + 2 * margin <= view;
  if (roomy && target.top >= seenTop + margin && target.bottom <= seenTop + view - margin) return;
  // Centred a little above the middle, where the eye rests; a tall run starts near the top.
  const wanted = roomy ? target.top - (view - height) * 0.4 : target.top - margin;
  const top = Math.max(0, Math.min(pane.scrollHeight - view, Math.round(wanted)));
  if (Math.abs(top - seenTop) < 1) return;
  if (typeof pane.scrollTo === 'function') pane.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
  else pane.scrollTop = top;
}
