import { describe, expect, it } from 'vitest';
import { scrollTarget } from '@/lib/player/scroll';

// 200 lines of 20 px, line 1 at 8 px; a 300 px pane (15 lines) scrolled to the top.
const LINE = 20;
const ORIGIN = 8;
const pane = (top = 0) => ({ top, view: 300, max: 200 * LINE + 16 - 300 });
const at = (line: number) => ORIGIN + (line - 1) * LINE;
/** The extents of `runs` ([from, to] lines), as the pane measures them: all of them, and the first. */
function target(runs: [number, number][], view = pane()) {
  const head = runs[0];
  const tail = runs.at(-1);
  if (!head || !tail) return scrollTarget({ top: 0, bottom: 0 }, { top: 0, bottom: 0 }, LINE, view);
  return scrollTarget({ top: at(head[0]), bottom: at(tail[1] + 1) }, { top: at(head[0]), bottom: at(head[1] + 1) }, LINE, view);
}

describe('scrollTarget', () => {
  it('leaves lines that are comfortably in view where they are', () => {
    expect(target([[5, 7]], pane())).toBeNull();
  });

  it('brings lines below the fold up to a little above the middle', () => {
    const top = target([[100, 102]], pane());
    expect(top).not.toBeNull();
    const shown = at(100) - (top ?? 0);
    expect(shown).toBeGreaterThan(2 * LINE);
    expect(shown).toBeLessThan(150);
  });

  it('scrolls back up to lines above the view', () => {
    const top = target([[3, 4]], pane(2000));
    expect(top).toBe(0);
  });

  it('shows every run when they fit together, else the first run', () => {
    const both = target([[40, 41], [48, 49]], pane()) ?? 0;
    expect(at(40)).toBeGreaterThanOrEqual(both);
    expect(at(50)).toBeLessThanOrEqual(both + 300);
    const far = target([[40, 41], [150, 151]], pane()) ?? 0;
    expect(at(40)).toBeGreaterThanOrEqual(far);
    expect(at(42)).toBeLessThanOrEqual(far + 300);
  });

  it('starts a run taller than the pane near its top', () => {
    const top = target([[50, 90]], pane());
    expect(at(50) - (top ?? 0)).toBeGreaterThan(0);
    expect(at(50) - (top ?? 0)).toBeLessThanOrEqual(2 * LINE);
  });

  it('works from measured extents, so wrapped lines of any height are placed the same way', () => {
    // One lit line wrapped to three rows, below the fold.
    const top = scrollTarget({ top: 900, bottom: 960 }, { top: 900, bottom: 960 }, LINE, pane()) ?? 0;
    expect(900 - top).toBeGreaterThan(0);
    expect(960 - top).toBeLessThan(300);
  });

  it('never scrolls past either end', () => {
    expect(target([[199, 200]], pane())).toBe(pane().max);
  });

  it('does nothing without a view or lines', () => {
    expect(target([], pane())).toBeNull();
    expect(target([[5, 6]], { top: 0, view: 0, max: 0 })).toBeNull();
  });
});
