// Region markers name a run of lines so steps can light them by name and
// survive edits: `// #region sign` … `// #endregion`. Markers are comments in
// the file's own syntax and never show: we strip them and number what is left.
import { LessonError } from './errors';

/** `//`, `#`, `--` or `/* … *\/` / `<!-- … -->` around `#region name` or `#endregion`. */
const MARKER =
  /^\s*(?:\/\/|#|--|\/\*|<!--)\s*#(region|endregion)\b[ \t]*([\w-]*)[ \t]*(?:\*\/|-->)?\s*$/;

export interface DisplayedCode {
  /** The lines a reader sees, markers removed. */
  lines: string[];
  /** Region name → 1-based displayed line numbers, ascending (may be empty). */
  regions: Map<string, number[]>;
}

/** Removes marker lines and records which displayed lines each region holds (regions may nest). */
export function stripRegions(code: string): DisplayedCode {
  const lines: string[] = [];
  const regions = new Map<string, number[]>();
  const open: { name: string; sourceLine: number }[] = [];
  code.split(/\r?\n/).forEach((text, i) => {
    const marker = MARKER.exec(text);
    if (!marker) {
      lines.push(text);
      for (const { name } of open) regions.get(name)?.push(lines.length);
      return;
    }
    const [, kind, name = ''] = marker;
    if (kind === 'region') {
      if (!name) throw new LessonError('region-unnamed', `line ${i + 1}: #region needs a name`);
      if (regions.has(name)) throw new LessonError('region-duplicate', `line ${i + 1}: region "${name}" is defined twice`);
      regions.set(name, []);
      open.push({ name, sourceLine: i + 1 });
      return;
    }
    const closing = open.pop();
    if (!closing) throw new LessonError('region-unopened', `line ${i + 1}: #endregion without an open #region`);
    if (name && name !== closing.name) {
      throw new LessonError('region-unclosed', `line ${i + 1}: #endregion ${name} closes region "${closing.name}"`);
    }
  });
  const unclosed = open.pop();
  if (unclosed) {
    throw new LessonError('region-unclosed', `line ${unclosed.sourceLine}: region "${unclosed.name}" is never closed`);
  }
  // A trailing newline is the file's end, not an extra empty line to show.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return { lines, regions };
}

/** Narrows displayed code to one region, renumbering it and the regions nested inside. */
export function selectRegion(code: DisplayedCode, name: string): DisplayedCode {
  const numbers = code.regions.get(name);
  if (!numbers) {
    const known = [...code.regions.keys()];
    throw new LessonError('unknown-region', `unknown region "#${name}"${knownList(known)}`);
  }
  if (numbers.length === 0) throw new LessonError('empty-region', `region "#${name}" has no lines`);
  const offset = (numbers[0] as number) - 1;
  const last = numbers.at(-1) as number;
  const regions = new Map<string, number[]>();
  for (const [inner, innerLines] of code.regions) {
    if (inner === name) continue;
    const inside = innerLines.filter((n) => n > offset && n <= last).map((n) => n - offset);
    if (inside.length === innerLines.length && inside.length > 0) regions.set(inner, inside);
  }
  return { lines: code.lines.slice(offset, last), regions };
}

export function knownList(names: string[]): string {
  return names.length ? ` (known: ${names.map((n) => `#${n}`).join(', ')})` : ' (the code has no regions)';
}
