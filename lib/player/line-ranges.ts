// Line sets as readers see them: contiguous ranges, and "Lines 3–5, 9".

/** Contiguous runs of ascending 1-based line numbers: [3,4,5,9] → [[3,5],[9,9]]. */
export function rangesOf(lines: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

/** "Line 7", "Lines 3–5, 9" (an en dash joins a range). */
export function formatLines(lines: readonly number[]): string {
  const ranges = rangesOf(lines);
  const single = ranges.length === 1 && ranges[0]?.[0] === ranges[0]?.[1];
  const text = ranges.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
  return `${single ? 'Line' : 'Lines'} ${text}`;
}
