// The version switch on the DOM: the pane the server renders, moved between
// versions forward, back and by jumps, must show exactly that version's lines;
// with a known line height it places moved lines from row counts, reading no
// layout; and the light then places and scrolls the new version's lines from
// their numbers, measuring nothing after the switch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lightStep } from '@/components/walkthrough/light-step';
import { rowsHtml, versionMoves, versionRanges } from '@/components/walkthrough/version-html';
import { shownVersion, switchVersion } from '@/components/walkthrough/version-switch';
import type { CodeFile } from '@/lib/lessons/types';
import { versionChange, versionRows } from '@/lib/lessons/versions';

/** Lines added, removed and moved (d goes to the end, then a goes), a line added at the end, and an empty version. */
const VERSIONS = [
  ['a', 'b', 'c', 'd', 'e', 'f'],
  ['a', 'X', 'b', 'c', 'e', 'f', 'd'],
  ['b', 'c', 'e', 'Y', 'f', 'd'],
  ['b', 'c', 'e', 'Y', 'f', 'd', 'Z'],
  [],
];

function file(versions: string[][]): CodeFile {
  return {
    name: 'f.ts',
    language: 'typescript',
    versions: versions.map((texts, v) => ({
      label: String(v + 1),
      source: 'inline',
      lines: texts.map((text, i) => ({ number: i + 1, tokens: [{ content: text }], steps: [] })),
      ...(v > 0 ? { change: versionChange(versions[v - 1]!, texts) } : {}),
    })),
    rows: versionRows(versions).map(({ origin, at }) => ({ tokens: [{ content: versions[origin]![at[origin]! - 1]! }], at, steps: [] })),
  };
}

function pane(code: CodeFile): HTMLElement {
  const pre = document.createElement('pre');
  pre.setAttribute('data-version', '0');
  pre.innerHTML = `<span data-bands></span><code>${rowsHtml(code, 0, new Set())}</code>`;
  document.body.append(pre);
  return pre;
}

/** The pane as a reader sees it: "number:text" of each numbered row; every other row is out. */
function shown(pre: HTMLElement): string[] {
  const rows = [...pre.querySelectorAll('[data-row]')];
  for (const row of rows) expect(row.hasAttribute('data-line')).toBe(!row.hasAttribute('data-out'));
  return rows.filter((row) => row.hasAttribute('data-line')).map((row) => `${row.getAttribute('data-line')}:${row.textContent}`);
}
const expected = (v: number) => VERSIONS[v]!.map((text, i) => `${i + 1}:${text}`);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('switchVersion', () => {
  it('shows exactly the asked version, stepping forward, back, and jumping several versions either way', () => {
    const code = file(VERSIONS);
    const pre = pane(code);
    const ranges = versionRanges(code);
    const moves = versionMoves(code);
    expect(shown(pre)).toEqual(expected(0));
    for (const v of [1, 2, 3, 4, 3, 2, 1, 0, 3, 0, 4, 1, 4, 2]) {
      switchVersion(pre, ranges, v, moves, v % 2 ? 16 : null);
      expect(shownVersion(pre)).toBe(v);
      expect(shown(pre)).toEqual(expected(v));
    }
  });

  it('with a line height, places a moved line from row counts (where it was, where the change starts it) and reads no layout', () => {
    const code = file(VERSIONS);
    const pre = pane(code);
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const text = (rows: HTMLElement[]) => rows.map((row) => row.textContent);

    const forward = switchVersion(pre, versionRanges(code), 1, versionMoves(code), 10);
    expect(text(forward.added)).toEqual(['X']);
    expect(forward.removed).toEqual([]);
    // d was line 4 (30 px down); it starts under a, X, b, c, e and f: 60 px down.
    expect(forward.moved.map(({ row, fromTop, toTop }) => [row.textContent, fromTop, toTop])).toEqual([['d', 30, 60]]);

    const back = switchVersion(pre, versionRanges(code), 0, versionMoves(code), 10);
    expect(text(back.removed)).toEqual(['X']);
    // Back: d was line 7; it starts under a, X (leaving, still full height), b and c.
    expect(back.moved.map(({ row, fromTop, toTop }) => [row.textContent, fromTop, toTop])).toEqual([['d', 60, 40]]);
    expect(measured).not.toHaveBeenCalled();
  });
});

describe('lightStep with a version change', () => {
  it('places and scrolls to the new version’s lines from their numbers, measuring nothing after the change', () => {
    const code = file(VERSIONS);
    const pre = pane(code);
    const LINE = 10;
    const CODE_TOP = 100;
    // Unwrapped lines as the browser lays them out: the bands show, every line is LINE high.
    const bands = pre.querySelector('[data-bands]')!;
    bands.getClientRects = () => [new DOMRect()] as unknown as DOMRectList;
    let changed = false;
    let readAfterChange = false;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      readAfterChange ||= changed;
      const line = Number(this.getAttribute('data-line') ?? 0);
      if (line) return new DOMRect(0, CODE_TOP + (line - 1) * LINE, 300, LINE);
      return new DOMRect(0, this.tagName === 'CODE' ? CODE_TOP : 0, 300, 50);
    });
    Object.defineProperties(pre, { clientHeight: { value: 50 }, scrollHeight: { value: 400 } });
    const scrolled: number[] = [];
    pre.scrollTo = ((options: ScrollToOptions) => scrolled.push(options.top!)) as typeof pre.scrollTo;

    // Version 3's line 7 (Z) is a line the first version does not have.
    lightStep(pre, [7], {
      animate: null,
      smooth: false,
      change: (lineHeight) => {
        expect(lineHeight).toBe(LINE);
        switchVersion(pre, versionRanges(code), 3, versionMoves(code), lineHeight);
        changed = true;
      },
    });
    expect(changed).toBe(true);
    expect(readAfterChange).toBe(false);
    expect([...pre.querySelectorAll('[data-lit]')].map((row) => row.textContent)).toEqual(['Z']);
    // Line 7 spans 160–170 px of the code; in a 50 px view it goes a little above the middle: 160 − (50 − 10) × 0.4.
    expect(scrolled).toEqual([144]);
  });
});
