// A lesson over two files, one of them with three versions, built by hand (no
// MDX, no Shiki) with the pipeline's own row and change data.
import type { CodeFile, CodeLine, Lesson, LessonStep } from '@/lib/lessons/types';
import { versionChange, versionRows } from '@/lib/lessons/versions';

const ROUTE = ['export async function POST() {', '  const user = await login();', '  return Response.json(user);', '}'];
/** handler.ts: version 1 trusts, 2 verifies, 3 also pins. */
export const HANDLER = [
  ['const token = read();', 'const claims = decode(token);', 'return claims;'],
  ['const token = read();', 'const claims = await verify(token);', 'return claims;'],
  ['const token = read();', 'const claims = await verify(token);', 'pin(claims);', 'return claims;'],
];

const specs: { title: string; file: number; version: number; lines: number[] }[] = [
  { title: 'The handler', file: 0, version: 0, lines: [1, 2] },
  { title: 'It trusts the token', file: 1, version: 0, lines: [2] },
  { title: 'It verifies the token', file: 1, version: 1, lines: [2] },
  { title: 'It pins the claims', file: 1, version: 2, lines: [3] },
  { title: 'Back to the handler', file: 0, version: 0, lines: [4] },
];

function codeFile(index: number, name: string, versions: string[][], steps: LessonStep[]): CodeFile {
  const lit = (v: number, n: number) => steps.filter((s) => s.file === index && s.version === v && s.lines.includes(n)).map((s) => s.index);
  const codeVersions = versions.map((texts, v) => ({
    label: String(v + 1),
    source: 'inline',
    lines: texts.map((text, i): CodeLine => ({ number: i + 1, tokens: [{ content: text }], steps: lit(v, i + 1) })),
    ...(v > 0 ? { change: versionChange(versions[v - 1]!, texts) } : {}),
  }));
  const rows = versionRows(versions).map(({ origin, at }) => ({
    tokens: [{ content: versions[origin]![at[origin]! - 1]! }],
    at,
    steps: [...new Set(at.flatMap((n, v) => (n ? lit(v, n) : [])))].sort((a, b) => a - b),
  }));
  return { name, language: 'typescript', versions: codeVersions, rows };
}

/** handler.ts where a line moves (version 2) and then goes (version 3). */
export const MOVING = [
  ['const token = read();', 'log(token);', 'const claims = await verify(token);', 'return claims;'],
  ['const token = read();', 'const claims = await verify(token);', 'log(token);', 'return claims;'],
  ['const token = read();', 'const claims = await verify(token);', 'return claims;'],
];

export function twoFiles(handler: string[][] = HANDLER): Lesson {
  const steps: LessonStep[] = specs.map((spec, index) => ({
    index,
    ...spec,
    words: 20,
    Body: function Body() {
      return <p>Why step {index + 1} matters.</p>;
    },
  }));
  const files = [codeFile(0, 'route.ts', [ROUTE], steps), codeFile(1, 'handler.ts', handler, steps)];
  return {
    meta: {
      slug: 'two-files',
      title: 'Two files',
      summary: 'A lesson made for tests.',
      language: 'typescript',
      languageLabel: 'TypeScript',
      level: 'Beginner',
      tags: ['test'],
      takeaways: ['one', 'two', 'three'],
      related: [],
      lineCount: ROUTE.length + handler[2]!.length,
      stepCount: steps.length,
    },
    file: 'content/two-files.mdx',
    files,
    codeSource: 'inline',
    lines: files[0]!.versions[0]!.lines,
    steps,
  };
}
