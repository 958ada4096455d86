// The `lines` of a step: comma-separated `N`, `N-M`, `#region` and `/regex/`
// items, turned into sorted, unique, 1-based displayed line numbers. Names and
// patterns survive edits to the code; raw ranges are checked against its length.
// `where` names the file (and version) in messages when a lesson has several.
import { LessonError } from './errors';
import { knownList, type DisplayedCode } from './regions';

type Item = { kind: 'text'; text: string } | { kind: 'regex'; source: string; flags: string };

export function parseLines(spec: string, code: DisplayedCode, where?: string): number[] {
  const items = tokenize(spec);
  if (items.length === 0) throw new LessonError('lines-empty', 'lines is empty: a step must light at least one line');
  const found = new Set<number>();
  for (const item of items) {
    const numbers = item.kind === 'regex' ? matchRegex(item.source, item.flags, code, where) : resolveText(item.text, code, where);
    for (const n of numbers) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

/** Splits on commas, except inside a `/regex/` (which may contain commas and escaped slashes). */
function tokenize(spec: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < spec.length && /\s/.test(spec[i] as string)) i++;
  };
  skipSpace();
  if (i === spec.length) return items;
  for (;;) {
    skipSpace();
    if (spec[i] === '/') {
      const end = regexEnd(spec, i);
      const flags = /^[a-z]*/.exec(spec.slice(end + 1))?.[0] ?? '';
      items.push({ kind: 'regex', source: spec.slice(i + 1, end), flags });
      i = end + 1 + flags.length;
      skipSpace();
      if (i < spec.length && spec[i] !== ',') throw syntax(spec, `unexpected "${spec.slice(i)}" after a /regex/`);
    } else {
      const comma = spec.indexOf(',', i);
      const text = spec.slice(i, comma === -1 ? spec.length : comma).trim();
      if (!text) throw syntax(spec, 'an empty item');
      items.push({ kind: 'text', text });
      i = comma === -1 ? spec.length : comma;
    }
    if (i >= spec.length) return items;
    i++; // the comma
  }
}

function regexEnd(spec: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < spec.length; i++) {
    const c = spec[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i;
  }
  throw syntax(spec, 'a /regex/ that is never closed');
}

function syntax(spec: string, what: string): LessonError {
  return new LessonError('lines-syntax', `lines "${spec}" has ${what} (use N, N-M, #region or /regex/, comma-separated)`);
}

function resolveText(text: string, code: DisplayedCode, where: string | undefined): number[] {
  const region = /^#([\w-]+)$/.exec(text);
  if (region) return regionLines(region[1] as string, code, where);
  const range = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!range) {
    throw new LessonError('lines-syntax', `cannot read "${text}" in lines (use N, N-M, #region or /regex/, comma-separated)`);
  }
  const from = Number(range[1]);
  const to = range[2] === undefined ? from : Number(range[2]);
  return checkedRange(from, to, code.lines.length, where);
}

function checkedRange(from: number, to: number, total: number, where: string | undefined): number[] {
  const end = where ? `the end of ${where}` : 'the end';
  const label = from === to ? `line ${from}` : `lines ${from}-${to}`;
  if (from === 0 || to === 0) throw new LessonError('lines-zero', `${label}: line numbers start at 1`);
  if (to < from) throw new LessonError('lines-reversed', `lines ${from}-${to} are reversed (write ${to}-${from})`);
  if (from > total) {
    const verb = from === to ? 'is' : 'are';
    throw new LessonError('lines-past-end', `${label} ${verb} past ${end} (${total} lines)`);
  }
  if (to > total) throw new LessonError('lines-past-end', `${label} run past ${end} (${total} lines)`);
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function regionLines(name: string, code: DisplayedCode, where: string | undefined): number[] {
  const numbers = code.regions.get(name);
  if (!numbers) {
    const what = where ? `no region "#${name}" in ${where}` : `unknown region "#${name}"`;
    throw new LessonError('unknown-region', `${what}${knownList([...code.regions.keys()])}`);
  }
  if (numbers.length === 0) throw new LessonError('empty-region', `region "#${name}" has no lines${where ? ` in ${where}` : ''}`);
  return numbers;
}

function matchRegex(source: string, flags: string, code: DisplayedCode, where: string | undefined): number[] {
  if (!/^[imsu]*$/.test(flags)) {
    throw new LessonError('lines-syntax', `/${source}/${flags} has flags we do not allow (use i, m, s or u)`);
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags);
  } catch (error) {
    throw new LessonError('regex-invalid', `/${source}/${flags} is not a valid pattern: ${(error as Error).message}`);
  }
  const numbers = code.lines.flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
  if (numbers.length === 0) throw new LessonError('regex-no-match', `/${source}/${flags} matches no line${where ? ` in ${where}` : ''}`);
  return numbers;
}
