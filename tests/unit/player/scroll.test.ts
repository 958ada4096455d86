import { describe, expect, it } from 'vitest';
import { scrollTarget } from '@/lib/player/scroll';

// 200 lines of 20 px, line 1 at 8 px; a 300 px pane (15 lines) scrolled to the top.
const LINE = 20;
const ORIGIN = 8;
const pane = (top = 0) => ({ top, view: 300, max: 200 * LINE + 16 - 300 });
const at = (line: number) => ORIGIN + (line - 1) * LINE;

describe('scrollTarget', () => {
  it('leaves lines that are comfortably in view where they are', () => {
    expect(scrollTarget([[5, 7]], ORIGIN, LINE, pane())).toBeNull();
  });

  it('brings lines below the fold up to a little above the middle', () => {
    const top = scrollTarget([[100, 102]], ORIGIN, LINE, pane());
    expect(top).not.toBeNull();
    const shown = at(100) - (top ?? 0);
    expect(shown).toBeGreaterThan(2 * LINE);
    expect(shown).toBeLessThan(150);
  });

  it('scrolls back up to lines above the view', () => {
    const top = scrollTarget([[3, 4]], ORIGIN, LINE, pane(2000));
    expect(top).toBe(0);
  });

  it('shows every run when they fit together, else the first run', () => {
    const both = scrollTarget([[40, 41], [48, 49]], ORIGIN, LINE, pane()) ?? 0;
    expect(at(40)).toBeGreaterThanOrEqual(both);
    expect(at(50)).toBeLessThanOrEqual(both + 300);
    const far = scrollTarget([[40, 41], [150, 151]], ORIGIN, LINE, pane()) ?? 0;
    expect(at(40)).toBeGreaterThanOrEqual(far);
    expect(at(42)).toBeLessThanOrEqual(far + 300);
  });

  it('starts a run taller than the pane near its top', () => {
    const top = scrollTarget([[50, 90]], ORIGIN, LINE, pane());
    expect(at(50) - (top ?? 0)).toBeGreaterThan(0);
    expect(at(50) - (top ?? 0)).toBeLessThanOrEqual(2 * LINE);
  });

  it('never scrolls past either end', () => {
    expect(scrollTarget([[199, 200]], ORIGIN, LINE, pane())).toBe(pane().max);
  });

  it('does nothing without a view or lines', () => {
    expect(scrollTarget([], ORIGIN, LINE, pane())).toBeNull();
    expect(scrollTarget([[5, 6]], ORIGIN, LINE, { top: 0, view: 0, max: 0 })).toBeNull();
  });
});
