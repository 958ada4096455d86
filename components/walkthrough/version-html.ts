// A file with versions as HTML, built on the server from the rows the lesson
// pipeline computed (lib/lessons/versions.ts). Two views:
// - the player's pane: every row once; the shown version's rows carry
//   `data-line` (their number in that version), the others `data-out`. The
//   browser moves between versions by toggling those, from `versionRanges`.
// - without JavaScript and in print: each version in order, with the lines it
//   adds (`data-change=added`) and removes (`data-change=removed`) marked.
import type { CodeFile } from '@/lib/lessons/types';
import { attr, tokenHtml } from './code-html';

const tokens = (row: { tokens: CodeFile['rows'][number]['tokens'] }) => row.tokens.map((t) => tokenHtml(t.content, t.style)).join('');

/** The player's pane for `file` at `version`, lighting `lit` (that version's line numbers). */
export function rowsHtml(file: CodeFile, version: number, lit: ReadonlySet<number>): string {
  return file.rows
    .map((row, r) => {
      const line = row.at[version] ?? 0;
      const first = row.steps[0];
      const marks =
        (line ? attr('data-line', line) + (lit.has(line) ? ' data-lit' : '') : ' data-out') +
        (first === undefined ? '' : attr('data-step', first));
      return `<span${attr('data-row', r)}${marks}>${tokens(row)}</span>`;
    })
    .join('');
}

/** For each version, the rows it shows as [first, last] runs of row indices: what the browser needs to switch. */
export function versionRanges(file: CodeFile): [number, number][][] {
  return file.versions.map((_, v) => {
    const runs: [number, number][] = [];
    file.rows.forEach((row, r) => {
      if (!row.at[v]) return;
      const last = runs.at(-1);
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    });
    return runs;
  });
}

/**
 * For each version, the lines that moved since the one before as [row it
 * leaves, row it arrives in] (row indices; none for the first version): the
 * browser slides the line from one place to the other instead of striking it
 * out here and adding it there.
 */
export function versionMoves(file: CodeFile): [number, number][][] {
  return file.versions.map((version, v) => {
    const rowAt = (w: number, line: number) => file.rows.findIndex((row) => row.at[w] === line);
    return (version.change?.moved ?? []).map(([from, to]) => [rowAt(v - 1, from), rowAt(v, to)] as [number, number]);
  });
}

/** Version `v` as a reader without JavaScript sees it: its lines, with what it added and removed since the one before. */
export function versionBlockHtml(file: CodeFile, v: number): string {
  const lines = file.versions[v]?.lines ?? [];
  return file.rows
    .map((row) => {
      const now = row.at[v] ?? 0;
      const before = v > 0 ? (row.at[v - 1] ?? 0) : 0;
      if (!now && !before) return '';
      if (!now) return `<span data-change=removed>${tokens(row)}</span>`;
      const steps = lines[now - 1]?.steps ?? [];
      const marks =
        (v > 0 && !before ? ' data-change=added' : '') +
        (steps.length ? attr('data-badge', steps.map((s) => s + 1).join(' ')) : '');
      return `<span${attr('data-line', now)}${marks}>${tokens(row)}</span>`;
    })
    .join('');
}
