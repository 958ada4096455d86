// Moving a code pane from one version of its file to another, on the DOM
// directly, from data the server computed (which rows each version shows).
// Two phases, so the light can measure the final layout in between:
//   1. `switchVersion`: the new version's rows get their line numbers, the old
//      one's extra rows leave the flow — the layout is final;
//   2. `playVersionChange`: added rows grow in, marked; removed rows come
//      back for a moment to shrink away, struck through (CSS animations, so
//      nothing runs per frame in JavaScript). Without motion, phase 2 only marks.

/** Per version, the rows it shows, as [first, last] runs of row indices. */
export type VersionRanges = readonly (readonly (readonly [number, number])[])[];

export interface VersionChangeRows {
  added: HTMLElement[];
  removed: HTMLElement[];
}

const VERSION_ATTR = 'data-version';

function members(ranges: VersionRanges, version: number, count: number): Uint8Array {
  const inside = new Uint8Array(count);
  for (const [from, to] of ranges[version] ?? []) inside.fill(1, from, to + 1);
  return inside;
}

/** The version a pane shows now (the server writes it; switchVersion keeps it). */
export function shownVersion(pane: HTMLElement): number {
  return Number(pane.getAttribute(VERSION_ATTR) ?? 0);
}

/**
 * Shows version `to` in `pane`: each of its rows numbered in `data-line`, every
 * other row `data-out`. Touches only rows whose state changes, plus the
 * numbers after the first change. Returns the rows that came and went.
 */
export function switchVersion(pane: HTMLElement, ranges: VersionRanges, to: number): VersionChangeRows {
  const from = shownVersion(pane);
  const change: VersionChangeRows = { added: [], removed: [] };
  if (from === to) return change;
  const rows = pane.querySelectorAll<HTMLElement>('[data-row]');
  const before = members(ranges, from, rows.length);
  const after = members(ranges, to, rows.length);
  let line = 0;
  rows.forEach((row, r) => {
    // Marks of the last change go, whatever happens now.
    if (row.hasAttribute('data-change')) row.removeAttribute('data-change');
    if (after[r]) {
      line++;
      if (row.getAttribute('data-line') !== String(line)) row.setAttribute('data-line', String(line));
      if (row.hasAttribute('data-out')) row.removeAttribute('data-out');
      if (!before[r]) change.added.push(row);
    } else if (!row.hasAttribute('data-out')) {
      row.removeAttribute('data-line');
      row.removeAttribute('data-lit');
      row.setAttribute('data-out', '');
      if (before[r]) change.removed.push(row);
    }
  });
  pane.setAttribute(VERSION_ATTR, String(to));
  return change;
}

/**
 * Marks what changed: added rows `data-change=added` (they stay marked while
 * this version shows); removed rows, when `motion`, `data-change=removed`
 * until their leaving animation ends (CSS shows them again only to collapse).
 */
export function playVersionChange({ added, removed }: VersionChangeRows, motion: boolean): void {
  for (const row of added) row.setAttribute('data-change', 'added');
  if (!motion) return;
  for (const row of removed) row.setAttribute('data-change', 'removed');
}
