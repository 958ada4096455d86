// A lesson's code blocks become files with versions, and each step learns the
// file and version it lights. Read top to bottom like the lesson: a `<Code>`
// with the name of a file declared above and a `version="…"` is that file's
// next version; a step lights the version of its file declared last above it.
import path from 'node:path';
import { LessonError, type StepRef } from './errors';
import { languageLabel, toLanguageId, type LanguageId } from './languages';
import type { ParsedCode, ParsedStep } from './parse';
import { resolveCode, type ResolvedCode } from './resolve';

export interface DeclaredVersion {
  label: string;
  code: ResolvedCode;
}

export interface DeclaredFile {
  name: string;
  language: LanguageId;
  versions: DeclaredVersion[];
}

/** Where each step points: indices into the files and their versions. */
export interface StepPlace {
  file: number;
  version: number;
}

const EXTENSIONS: Record<string, LanguageId> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.tsx': 'tsx',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.jsx': 'jsx',
  '.py': 'python',
  '.go': 'go',
  '.rs': 'rust',
  '.sh': 'bash',
  '.sql': 'sql',
  '.json': 'json',
};

/** Resolves every code block, groups versions under their file, and checks names, versions and languages. */
export function declareFiles(blocks: ParsedCode[], language: LanguageId, root: string): { files: DeclaredFile[]; ofBlock: StepPlace[] } {
  const files: DeclaredFile[] = [];
  const firstLine = new Map<string, number>();
  const ofBlock: StepPlace[] = [];
  for (const block of blocks) {
    const name = fileName(block, language, blocks.length > 1);
    const index = files.findIndex((file) => file.name === name);
    const file = files[index];
    if (file && block.version === undefined) {
      throw new LessonError(
        'two-code-sources',
        `line ${block.line}: a second code block named "${name}" (the first is at line ${firstLine.get(name)}): ` +
          `give it its own file="…", or make it the next version with version="…"`,
      );
    }
    if (file?.versions.some((v) => v.label === block.version)) {
      throw new LessonError('duplicate-version', `line ${block.line}: ${name} already has a version "${block.version}"`);
    }
    const blockLanguage = languageOf(block, file?.language ?? (files.length === 0 ? language : undefined), language, name);
    const code = resolveCode(block.source, root);
    if (code.lines.every((line) => !line.trim())) {
      throw new LessonError('no-code', blocks.length > 1 ? `line ${block.line}: ${name} is empty` : 'the code is empty');
    }
    if (file) {
      file.versions.push({ label: block.version as string, code });
      ofBlock.push({ file: index, version: file.versions.length - 1 });
    } else {
      files.push({ name, language: blockLanguage, versions: [{ label: block.version ?? '1', code }] });
      firstLine.set(name, block.line);
      ofBlock.push({ file: files.length - 1, version: 0 });
    }
  }
  return { files, ofBlock };
}

/** The name a block goes by: `file="…"`, else the imported file's own name, else (a lone fence) the language. */
function fileName(block: ParsedCode, language: LanguageId, several: boolean): string {
  if (block.name) return block.name;
  if (block.source.kind === 'file') return path.posix.basename(block.source.src.split('#')[0] ?? block.source.src);
  if (several) {
    throw new LessonError(
      'file-unnamed',
      `line ${block.line}: a lesson with several code blocks names each fenced one: <Code file="name.ts"> around it`,
    );
  }
  return languageLabel(language);
}

/**
 * The language a block is highlighted in. A fence's tag must agree with the
 * file it belongs to (the lesson's language for the first file); an imported
 * file goes by its extension, falling back to the lesson's language.
 */
function languageOf(block: ParsedCode, expected: LanguageId | undefined, lesson: LanguageId, name: string): LanguageId {
  const { source } = block;
  if (source.kind === 'file') {
    const ext = path.posix.extname(source.src.split('#')[0] ?? '');
    return expected ?? EXTENSIONS[ext] ?? lesson;
  }
  if (!source.lang) return expected ?? lesson;
  const tagged = toLanguageId(source.lang);
  if (!tagged) {
    throw new LessonError('unknown-language', `line ${block.line}: the code block is marked \`${source.lang}\`, a language we do not highlight`);
  }
  if (expected && tagged !== expected) {
    const what = expected === lesson && !block.version && !block.name ? `language is ${lesson}` : `${name} is ${expected}`;
    throw new LessonError('language-mismatch', `the code block is marked \`${source.lang}\` but ${what}`);
  }
  return tagged;
}

/**
 * The file and version each step lights. A step's file: its `file="…"`, else
 * the previous step's, else the first. Its version: its `version="…"` (a name,
 * or a number counting from 1), else the version of that file declared last
 * above the step, else the first.
 */
export function placeSteps(steps: ParsedStep[], files: DeclaredFile[], ofBlock: StepPlace[]): StepPlace[] {
  let previous = 0;
  return steps.map((step, index) => {
    const ref: StepRef = { index, title: step.title };
    const file = step.file === undefined ? previous : fileIndex(step.file, files, ref);
    previous = file;
    const declared = ofBlock.slice(0, step.codeBefore).filter((place) => place.file === file);
    const version = step.version === undefined ? (declared.at(-1)?.version ?? 0) : versionIndex(step.version, files[file] as DeclaredFile, ref);
    return { file, version };
  });
}

function fileIndex(name: string, files: DeclaredFile[], ref: StepRef): number {
  const index = files.findIndex((file) => file.name === name);
  if (index === -1) {
    const known = files.map((file) => `"${file.name}"`).join(', ');
    throw new LessonError('unknown-file', `no file "${name}" in this lesson (files: ${known})`, undefined, ref);
  }
  return index;
}

function versionIndex(label: string, file: DeclaredFile, ref: StepRef): number {
  const named = file.versions.findIndex((version) => version.label === label);
  if (named !== -1) return named;
  const number = /^\d+$/.test(label) ? Number(label) : NaN;
  if (number >= 1 && number <= file.versions.length) return number - 1;
  const known = file.versions.map((version) => `"${version.label}"`).join(', ');
  throw new LessonError('unknown-version', `${file.name} has no version "${label}" (versions: ${known})`, undefined, ref);
}

/** How messages name a file's version: `route.ts`, or `handler.ts version "pinned"` when it has several. */
export function placeName(files: DeclaredFile[], place: StepPlace): string {
  const file = files[place.file] as DeclaredFile;
  if (file.versions.length === 1) return file.name;
  return `${file.name} version "${(file.versions[place.version] as DeclaredVersion).label}"`;
}
