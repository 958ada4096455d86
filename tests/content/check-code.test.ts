// Each language's checker passes good code and catches a broken line, so a
// green content run means the lessons' code was really checked.
import { describe, expect, test } from 'vitest';
import { checkCode } from './check-code';

const samples: [language: string, good: string, bad: string][] = [
  ['typescript', 'export const twice = (n: number): number => n * 2;', 'export const twice = (n: number): string => n * 2;'],
  ['tsx', "import { useState } from 'react';\nexport function A() {\n  const [n] = useState(0);\n  return <p>{n}</p>;\n}", 'export function A() {\n  return <p>{</p>;\n}'],
  ['javascript', "import { createHmac } from 'node:crypto';\nexport const h = createHmac;", 'const = 1;'],
  ['python', 'def f(x):\n    return x * 2', 'def f(x)\n    return x'],
  ['go', 'package p\n\nfunc Twice(n int) int {\n\treturn n * 2\n}', 'package p\n\nfunc Twice(n int) int {\n\treturn "n"\n}'],
  ['rust', 'fn twice(n: u32) -> u32 {\n    n * 2\n}', 'fn twice(n: u32) -> u32 {\n    n * 2\n'],
  ['bash', 'if true; then\n  echo ok\nfi', 'if true; then\n  echo ok'],
  ['sql', 'CREATE TABLE t (id INTEGER PRIMARY KEY);\nUPDATE t SET id = id WHERE id = $1 RETURNING id;', 'UPDATE missing SET x = 1;'],
  ['json', '{"a": 1}', '{"a": 1,}'],
];

describe('checkCode', () => {
  test.each(samples)('%s: passes good code and reports broken code', (language, good, bad) => {
    expect(checkCode(language, good)).toEqual([]);
    expect(checkCode(language, bad).join('\n')).not.toBe('');
  });

  test('Go that is not gofmt-formatted fails', () => {
    expect(checkCode('go', 'package p\nfunc Twice(n int) int { return n * 2 }')).toEqual(['not gofmt-formatted (run gofmt -w)']);
  });

  test('TypeScript may import the reader\'s own modules, not a package that is not there', () => {
    expect(checkCode('typescript', "import { db } from './db';\nimport { auth } from '@/lib/auth';\nexport const x = [db, auth];")).toEqual([]);
    expect(checkCode('typescript', "import { x } from 'no-such-package';\nexport const y = x;").join()).toMatch(/TS2307/);
  });

  test('SQL: schema runs, other statements are prepared (parameters have no values), and a bad column fails', () => {
    const schema = 'CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL);\n';
    expect(checkCode('sql', `${schema}INSERT INTO t (id, n) VALUES ($1, $2);\nBEGIN;\nUPDATE t SET n = n + 1 WHERE id = $1 RETURNING n;\nCOMMIT;`)).toEqual([]);
    expect(checkCode('sql', `${schema}-- spend\nUPDATE t SET missing = 1\nWHERE id = $1;`).join()).toMatch(/no such column: missing/);
  });

  test('a language without a checker is an error, not a pass', () => {
    expect(() => checkCode('cobol', 'DISPLAY "HI".')).toThrow(/no checker for cobol/);
  });
});
