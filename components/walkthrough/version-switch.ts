// Moving a code pane from one version of its file to another, on the DOM
// directly, from data the server computed (which rows each version shows).
// Two phases, so the light can measure the final layout in between:
//   1. `switchVersion`: the new version's rows get their line numbers, the old
//      one's extra rows leave the flow — the layout is final;
//   2. `playVersionChange`: added rows grow in, marked; removed rows come
//      back for a moment to shrink away, struck through (CSS animations, so
//      nothing runs per frame in JavaScript); a moved line slides from where
//      it was to where it is (one transform). Without motion, phase 2 only marks.
// Where a moved line was and where it starts: when every line is one line
// high, counted in rows (no layout read at all, so the key press lays the page
// out once, in its frame); wrapped, read before and after the switch.

/** Per version, the rows it shows, as [first, last] runs of row indices. */
export type VersionRanges = readonly (readonly (readonly [number, number])[])[];

/** Per version, the lines that moved since the one before: [row left, row arrived in]. */
export type VersionMoves = readonly (readonly (readonly [number, number])[])[];

export interface VersionChangeRows {
  added: HTMLElement[];
  removed: HTMLElement[];
  /**
   * Rows that carry a moved line: the top its old row had and, when known
   * without measuring, the top it has in the change's first frame (else it is
   * read then). Both viewport tops, or both offsets in the code.
   */
  moved: { row: HTMLElement; fromTop: number; toTop?: number }[];
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
 * `lineHeight`: every line is this high (unwrapped), so nothing is measured.
 */
export function switchVersion(
  pane: HTMLElement,
  ranges: VersionRanges,
  to: number,
  moves?: VersionMoves,
  lineHeight: number | null = null,
): VersionChangeRows {
  const from = shownVersion(pane);
  const change: VersionChangeRows = { added: [], removed: [], moved: [] };
  if (from === to) return change;
  const rows = pane.querySelectorAll<HTMLElement>('[data-row]');
  // Moves are known between neighbouring versions; stepping back plays them in reverse.
  const pairs = to === from + 1 ? moves?.[to] : to === from - 1 ? moves?.[from]?.map(([a, b]) => [b, a] as const) : undefined;
  const arriving = new Map<number, number>();
  const leaving = new Set<number>();
  for (const [left, arrived] of pairs ?? []) {
    const old = rows[left];
    if (!old || !rows[arrived]) continue;
    // Read before anything changes: the layout is still the old version's.
    arriving.set(arrived, lineHeight ? (Number(old.getAttribute('data-line')) - 1) * lineHeight : old.getBoundingClientRect().top);
    leaving.add(left);
  }
  const before = members(ranges, from, rows.length);
  const after = members(ranges, to, rows.length);
  let line = 0;
  // Rows above this one in the change's first frame: every row of the new
  // version (added rows fade in at full height: min-height holds them) and the
  // removed ones, which start at full height to shrink away.
  let above = 0;
  rows.forEach((row, r) => {
    // Marks of the last change go, whatever happens now.
    if (row.hasAttribute('data-change')) row.removeAttribute('data-change');
    if (after[r]) {
      line++;
      if (row.getAttribute('data-line') !== String(line)) row.setAttribute('data-line', String(line));
      if (row.hasAttribute('data-out')) row.removeAttribute('data-out');
      const fromTop = arriving.get(r);
      if (fromTop !== undefined) change.moved.push(lineHeight ? { row, fromTop, toTop: above * lineHeight } : { row, fromTop });
      else if (!before[r]) change.added.push(row);
      above++;
    } else if (!row.hasAttribute('data-out')) {
      row.removeAttribute('data-line');
      row.removeAttribute('data-lit');
      row.setAttribute('data-out', '');
      if (before[r] && !leaving.has(r)) {
        change.removed.push(row);
        above++;
      }
    }
  });
  pane.setAttribute(VERSION_ATTR, String(to));
  return change;
}

const SLIDE = { duration: 280, easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)' } as const;

/**
 * Marks what changed: added rows `data-change=added` and moved ones
 * `data-change=moved` (they stay marked while this version shows); removed
 * rows, when `motion`, `data-change=removed` until their leaving animation
 * ends (CSS shows them again only to collapse), and moved rows slide from
 * their old place.
 */
export function playVersionChange({ added, removed, moved }: VersionChangeRows, motion: boolean): void {
  for (const row of added) row.setAttribute('data-change', 'added');
  for (const { row } of moved) row.setAttribute('data-change', 'moved');
  if (!motion) return;
  for (const row of removed) row.setAttribute('data-change', 'removed');
  // Measured (when not counted) once the marks are set, so the rows growing and shrinking around it are at their first frame.
  for (const { row, fromTop, toTop } of moved) {
    const dy = fromTop - (toTop ?? row.getBoundingClientRect().top);
    if (dy) row.animate?.([{ transform: `translateY(${dy}px)` }, { transform: 'none' }], SLIDE);
  }
}
