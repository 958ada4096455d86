// Checks a lesson's inline code with its language's own tool, so a typo in a
// lesson fails `npm test` instead of reaching readers. Each checker returns the
// tool's complaints ([] when the code is fine).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { CODE_TOOLS, findTool } from '../support/code-tools.mjs';

type Checker = (code: string, dir: string) => string[];

/** Runs a tool on `file`; its output is the complaint when it exits non-zero or `failsOnOutput` and it printed. */
function tool(command: string, args: (file: string) => string[], file: string, options: { stdin?: string; failsOnOutput?: boolean } = {}): string[] {
  const binary = path.isAbsolute(command) ? command : findTool(command);
  if (!binary) {
    throw new Error(`${command} is not installed: on Debian, apt-get install ${CODE_TOOLS[command]?.debian ?? command} (npm test does this when run as root)`);
  }
  const cwd = path.dirname(file);
  const result = spawnSync(binary, args(file), { cwd, encoding: 'utf8', input: options.stdin, timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error) return [`${command}: ${result.error.message}`];
  if (result.status !== 0 || (options.failsOnOutput && output)) return [output || `${command} exited with ${result.status}`];
  return [];
}

function write(dir: string, name: string, code: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, code.endsWith('\n') ? code : `${code}\n`);
  return file;
}

const CHECKERS: Record<string, Checker> = {
  typescript: (code) => typeCheck(code, 'lesson.ts'),
  tsx: (code) => typeCheck(code, 'lesson.tsx'),
  jsx: (code) => typeCheck(code, 'lesson.jsx'),
  // ES module syntax when the code imports or exports, CommonJS otherwise.
  javascript: (code, dir) =>
    tool(process.execPath, (f) => ['--check', f], write(dir, /^\s*(import|export)\s/m.test(code) ? 'lesson.mjs' : 'lesson.cjs', code)),
  python: (code, dir) => tool('python3', (f) => ['-m', 'py_compile', f], write(dir, 'lesson.py', code)),
  // gofmt -l lists a file whose layout is not gofmt's; go vet type-checks it against the standard library.
  go: (code, dir) => {
    const file = write(dir, 'lesson.go', code);
    const format = tool('gofmt', (f) => ['-l', '-e', f], file, { failsOnOutput: true });
    return format.length ? format.map((m) => (m === file ? 'not gofmt-formatted (run gofmt -w)' : m)) : tool('go', (f) => ['vet', f], file);
  },
  rust: (code, dir) => tool('rustfmt', (f) => ['--check', '--edition', '2021', f], write(dir, 'lesson.rs', code)),
  bash: (code, dir) => tool('bash', (f) => ['-n', f], write(dir, 'lesson.sh', code)),
  // In an empty in-memory database: the code must create what it uses.
  sql: (code, dir) => tool('sqlite3', () => ['-bail', ':memory:'], write(dir, 'lesson.sql', code), { stdin: prepareOnly(code) }),
  json: (code) => {
    try {
      JSON.parse(code);
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  },
};

/**
 * Schema statements run, so later ones can name their tables; every other
 * statement is only prepared (`EXPLAIN`), which checks its syntax, tables and
 * columns: its parameters (`$1`) have no values to run with.
 */
export function prepareOnly(code: string): string {
  const statements: string[][] = [[]];
  for (const line of code.split('\n')) {
    (statements.at(-1) as string[]).push(line);
    if (/;\s*(--.*)?$/.test(line)) statements.push([]);
  }
  return statements
    .map((lines) => {
      const first = lines.findIndex((line) => line.trim() && !line.trim().startsWith('--'));
      if (first >= 0 && !/^\s*(CREATE|DROP|ALTER)\b/i.test(lines[first] as string)) lines[first] = `EXPLAIN ${lines[first]}`;
      return lines.join('\n');
    })
    .join('\n');
}

export function hasChecker(language: string): boolean {
  return Object.hasOwn(CHECKERS, language);
}

/** The tool's complaints about `code` in `language`; throws when no checker exists or its tool is missing. */
export function checkCode(language: string, code: string): string[] {
  const checker = CHECKERS[language];
  if (!checker) throw new Error(`no checker for ${language}: add one to tests/content/check-code.ts`);
  const dir = mkdtempSync(path.join(tmpdir(), 'stepwise-code-'));
  try {
    return checker(code, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Type-checks with this repo's compiler options and packages, from a virtual
 * file at the repo root (so `next`, `react` and `zod` resolve). The reader's own
 * modules (`./db`, `@/lib/auth`) are not ours to resolve: those imports are
 * allowed to be missing and type as `any`.
 */
function typeCheck(code: string, name: string): string[] {
  const root = process.cwd();
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const compilerOptions: ts.CompilerOptions = { ...options, paths: undefined, incremental: false, noEmit: true, allowJs: true, checkJs: true };
  const file = path.join(root, `.lesson-check-${name}`);
  const host = ts.createCompilerHost(compilerOptions);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === file ? ts.createSourceFile(fileName, code, language, true) : read(fileName, language, ...rest);
  host.fileExists = ((exists) => (fileName: string) => fileName === file || exists(fileName))(host.fileExists.bind(host));
  const program = ts.createProgram({ rootNames: [file], options: compilerOptions, host });
  const source = program.getSourceFile(file);
  return ts
    .getPreEmitDiagnostics(program, source)
    .filter((d) => !(d.code === 2307 && /['"](\.{1,2}\/|@\/)/.test(ts.flattenDiagnosticMessageText(d.messageText, ' '))))
    .map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      const at = where ? `line ${where.line + 1}: ` : '';
      return `${at}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
}
