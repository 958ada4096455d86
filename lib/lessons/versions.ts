// What changes between a file's versions, worked out once at build time so the
// browser animates from data and never runs a diff: which lines were added,
// removed, kept or moved, and one sequence of "rows" holding every line of
// every version once, in an order each version can be read in.

/** How version k differs from version k−1, by 1-based line numbers. */
export interface VersionChange {
  /** Lines of the new version that the old one did not have. */
  added: number[];
  /** Lines of the old version that the new one drops. */
  removed: number[];
  /** Lines that kept their text but changed place: [old line, new line]. */
  moved: [number, number][];
}

/** One line of text as it lives across versions. */
export interface VersionRow {
  /** The version it first appears in (0-based). */
  origin: number;
  /** Its 1-based line number in each version, 0 where the version lacks it. */
  at: number[];
}

/**
 * Pairs of [old index, new index] (0-based) of the lines both versions keep,
 * ascending in both: a longest common subsequence of whole lines. Quadratic,
 * which is nothing at lesson sizes (a few hundred lines).
 */
export function keptLines(before: readonly string[], after: readonly string[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: the LCS of before[i..] and after[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        before[i] === after[j]
          ? (lengths[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) pairs.push([i++, j++]);
    else if ((lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

/** Added, removed and moved lines from `before` to `after`. A moved line is a removed and an added line with the same (non-blank) text. */
export function versionChange(before: readonly string[], after: readonly string[]): VersionChange {
  const kept = keptLines(before, after);
  const keptBefore = new Set(kept.map(([i]) => i));
  const keptAfter = new Set(kept.map(([, j]) => j));
  const removed = before.flatMap((_, i) => (keptBefore.has(i) ? [] : [i + 1]));
  const added = after.flatMap((_, j) => (keptAfter.has(j) ? [] : [j + 1]));
  const moved: [number, number][] = [];
  const unpaired = new Set(added);
  for (const from of removed) {
    const text = (before[from - 1] as string).trim();
    if (!text) continue;
    const to = [...unpaired].find((j) => (after[j - 1] as string).trim() === text);
    if (to === undefined) continue;
    unpaired.delete(to);
    moved.push([from, to]);
  }
  return { added, removed, moved };
}

/**
 * Every line of every version once. Version 0's lines come first, in order;
 * each later version keeps the rows it shares with the one before and adds
 * rows for its new lines just before the next kept line (after the rows that
 * leave there, as a diff reads). Any one version's rows are in its own order,
 * so the player shows a version by hiding the other rows.
 */
export function versionRows(versions: readonly (readonly string[])[]): VersionRow[] {
  const count = versions.length;
  const rows: VersionRow[] = (versions[0] ?? []).map((_, i) => ({ origin: 0, at: atOnly(count, 0, i + 1) }));
  for (let v = 1; v < count; v++) {
    const before = versions[v - 1] as readonly string[];
    const after = versions[v] as readonly string[];
    const rowOf = new Map<number, VersionRow>();
    for (const row of rows) if (row.at[v - 1]) rowOf.set(row.at[v - 1] as number, row);
    const kept = keptLines(before, after);
    for (const [i, j] of kept) (rowOf.get(i + 1) as VersionRow).at[v] = j + 1;
    // New lines, grouped by the kept line they come before (Infinity: the end).
    let k = 0;
    const inserts = new Map<VersionRow | undefined, VersionRow[]>();
    after.forEach((_, j) => {
      while (k < kept.length && (kept[k] as [number, number])[1] < j) k++;
      if (kept[k]?.[1] === j) return;
      const next = kept[k] ? rowOf.get((kept[k] as [number, number])[0] + 1) : undefined;
      const row = { origin: v, at: atOnly(count, v, j + 1) };
      inserts.set(next, [...(inserts.get(next) ?? []), row]);
    });
    const merged: VersionRow[] = [];
    for (const row of rows) {
      const before = inserts.get(row);
      if (before) merged.push(...before);
      merged.push(row);
    }
    merged.push(...(inserts.get(undefined) ?? []));
    rows.splice(0, rows.length, ...merged);
  }
  return rows;
}

function atOnly(count: number, version: number, line: number): number[] {
  const at = new Array<number>(count).fill(0);
  at[version] = line;
  return at;
}
