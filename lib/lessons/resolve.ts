// Turns a lesson's code source into the lines a reader sees. `<Code src>` names
// a real file of this repo (so the lesson shows the code that actually runs),
// whole or one region of it; paths outside the repo are refused.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { LessonError } from './errors';
import { selectRegion, stripRegions, type DisplayedCode } from './regions';

export type CodeSource =
  | { kind: 'inline'; lang: string | null; value: string }
  | { kind: 'file'; src: string };

export interface ResolvedCode extends DisplayedCode {
  /** `inline`, or the repo path as written, e.g. `sandbox/session.ts#sign`. */
  origin: string;
  /** Absolute path of the imported file, so caches can watch it. */
  dependency?: string;
}

export function resolveCode(source: CodeSource, root: string): ResolvedCode {
  if (source.kind === 'inline') return { ...strip(source.value, 'code block'), origin: 'inline' };
  const [relative = '', region] = source.src.split('#', 2);
  const file = insideRepo(relative, root, source.src);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new LessonError('src-not-found', `<Code src="${source.src}">: ${relative} does not exist`);
  }
  const whole = strip(text, relative);
  const code = region === undefined ? whole : inRegion(whole, region, source.src);
  return { ...code, origin: source.src, dependency: file };
}

function insideRepo(relative: string, root: string, src: string): string {
  const outside = () =>
    new LessonError('src-outside-repo', `<Code src="${src}">: the path must be a file inside the repository`);
  if (!relative || path.isAbsolute(relative)) throw outside();
  const resolved = path.resolve(root, relative);
  if (!isWithin(root, resolved)) throw outside();
  try {
    // A symlink inside the repo must not lead out of it either.
    if (!isWithin(realpathSync(root), realpathSync(resolved))) throw outside();
  } catch (error) {
    if (error instanceof LessonError) throw error;
    throw new LessonError('src-not-found', `<Code src="${src}">: ${relative} does not exist`);
  }
  return resolved;
}

function isWithin(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function strip(text: string, where: string): DisplayedCode {
  try {
    return stripRegions(text);
  } catch (error) {
    if (error instanceof LessonError) throw new LessonError(error.code, `${where} ${error.reason}`);
    throw error;
  }
}

function inRegion(code: DisplayedCode, region: string, src: string): DisplayedCode {
  try {
    return selectRegion(code, region);
  } catch (error) {
    if (error instanceof LessonError) throw new LessonError(error.code, `<Code src="${src}">: ${error.reason}`);
    throw error;
  }
}
