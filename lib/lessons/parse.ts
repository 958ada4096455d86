// Reads the shape of a lesson file: YAML frontmatter, then an MDX body holding
// code sources (`<Code src>`, `<Code file>` around a fenced block, or a bare
// fenced block) and ordered `<Step title lines>` elements, in the order an
// author reads them. Nothing is resolved, compiled or highlighted here.
import { createProcessor } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { LessonError, type StepRef } from './errors';
import type { CodeSource } from './resolve';

export interface ParsedCode {
  source: CodeSource;
  /** `file="route.ts"` as written: the name steps use; absent means a default name. */
  name?: string;
  /** `version="pinned"`: this block is a new version of a file declared above. */
  version?: string;
  /** The file line the block starts on. */
  line: number;
}

export interface ParsedStep {
  title: string;
  /** The `lines` spec as written, e.g. `#sign, /new SignJWT/`. */
  lines: string;
  /** `file="route.ts"`, when the step names the file it lights. */
  file?: string;
  /** `version="pinned"`, when the step names a version of its file. */
  version?: string;
  /** How many code blocks come before the step in the file (which versions it has read). */
  codeBefore: number;
  /** The step's MDX body source. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The body's plain text, for counting words. */
  text: string;
  /** Capitalised JSX element names the body uses (they must be known components). */
  components: string[];
}

export interface ParsedLesson {
  /** The frontmatter as YAML gave it; schema.ts validates it. */
  data: unknown;
  /** Every code block in document order (at least one). */
  code: ParsedCode[];
  steps: ParsedStep[];
}

/** The bits of mdast (with MDX nodes) we read; positions are always present from the parser. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  lang?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
const mdx = createProcessor();

export function parseLesson(source: string): ParsedLesson {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new LessonError('frontmatter-missing', 'no frontmatter: the file must start with a --- block');
  const data = parseFrontmatter(match[1] as string);
  // Keep the body's line numbers equal to the file's, so messages point at the right line.
  const padded = '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length);
  const root = parseMdx(padded);
  const code: ParsedCode[] = [];
  const steps: ParsedStep[] = [];
  for (const node of topLevel(root)) {
    const line = node.position?.start.line ?? 0;
    if (isElement(node, 'Step')) steps.push(readStep(node, steps.length, padded, code.length));
    else if (isElement(node, 'Code') || node.type === 'code') code.push(readCode(node));
    else if (node.type === 'mdxjsEsm') {
      throw new LessonError('esm-not-allowed', `line ${line}: import/export is not allowed in a lesson`);
    } else if (!isComment(node)) {
      throw new LessonError('unexpected-content', `line ${line}: ${describe(node)} outside a <Step> (a lesson is code blocks and steps)`);
    }
  }
  if (code.length === 0) throw new LessonError('no-code', 'no code: add <Code src="path" /> or a fenced code block');
  if (steps.length === 0) throw new LessonError('no-steps', 'no steps: add at least one <Step title="…" lines="…">');
  return { data, code, steps };
}

function parseFrontmatter(yaml: string): unknown {
  try {
    return parseYaml(yaml) ?? {};
  } catch (error) {
    throw new LessonError('frontmatter-yaml', `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function parseMdx(text: string): Node {
  try {
    return mdx.parse(text) as unknown as Node;
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const step = place ? stepAround(text, place) : undefined;
    throw new LessonError('mdx-syntax', `${place ? `line ${place}: ` : ''}${reason}`, undefined, step);
  }
}

/** When the MDX does not parse there is no tree: find the step by scanning for `<Step` openings. */
function stepAround(text: string, line: number): StepRef | undefined {
  let found: StepRef | undefined;
  let index = -1;
  text.split('\n').slice(0, line).forEach((source) => {
    if (!/^\s*<Step\b/.test(source)) return;
    index++;
    found = { index, title: /title="([^"]*)"/.exec(source)?.[1] ?? '' };
  });
  return found?.title ? found : undefined;
}

/** Top-level nodes, unwrapping a paragraph that only holds an inline <Step> or <Code>. */
function* topLevel(root: Node): Generator<Node> {
  for (const node of root.children ?? []) {
    const inner = (node.children ?? []).filter((c) => !(c.type === 'text' && !String(c.value).trim()));
    if (node.type === 'paragraph' && inner.length > 0 && inner.every((c) => isElement(c, 'Step') || isElement(c, 'Code'))) {
      yield* inner;
    } else yield node;
  }
}

function isElement(node: Node, name: string): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

function isComment(node: Node): boolean {
  return /^mdx(Flow|Text)Expression$/.test(node.type) && /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value));
}

function describe(node: Node): string {
  if (node.type.startsWith('mdxJsx')) return `<${node.name ?? ''}>`;
  return node.type === 'mdxFlowExpression' ? 'a {expression}' : `a ${node.type}`;
}

/** String attributes only: a lesson is data, not code, so `{…}` values are refused. */
function attributes(node: Node, allowed: string[], fail: (reason: string) => LessonError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    const name = attribute.name ?? '{…}';
    if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(name)) {
      throw fail(`unknown attribute ${name} (allowed: ${allowed.join(', ')})`);
    }
    if (typeof attribute.value !== 'string') throw fail(`${name} must be a plain "string"`);
    result[name] = attribute.value;
  }
  return result;
}

function readCode(node: Node): ParsedCode {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'code') return { source: inline(node), line };
  const fail = (reason: string) => new LessonError('code-attribute', `line ${line}: <Code>: ${reason}`);
  const { src, file, version } = attributes(node, ['src', 'file', 'version'], fail);
  const children = (node.children ?? []).filter((child) => !isComment(child));
  const named = {
    ...(file !== undefined ? { name: checkedName(file, fail) } : {}),
    ...(version !== undefined ? { version: checkedName(version, fail) } : {}),
  };
  if (src !== undefined) {
    if (!src) throw fail('src is empty: give a path in the repo, src="path" or src="path#region"');
    if (children.length) throw fail('takes src or a fenced code block inside, not both');
    return { source: { kind: 'file', src }, ...named, line };
  }
  const [fence, ...more] = children;
  if (!fence || fence.type !== 'code' || more.length) {
    throw fail('needs src="path/in/repo" (or src="path#region"), or one fenced code block inside');
  }
  return { source: inline(fence), ...named, line };
}

function inline(node: Node): CodeSource {
  return { kind: 'inline', lang: node.lang ?? null, value: String(node.value) };
}

/** A file or version name: short, no quotes or markup, so messages and tabs can show it. */
function checkedName(value: string, fail: (reason: string) => LessonError): string {
  const trimmed = value.trim();
  if (!/^[\w.@+-][\w.@+ /-]{0,59}$/.test(trimmed)) throw fail(`"${value}" is not a usable name (letters, digits, . _ - / @ +, at most 60)`);
  return trimmed;
}

function readStep(node: Node, index: number, text: string, codeBefore: number): ParsedStep {
  const line = node.position?.start.line ?? 0;
  const { title, lines, file, version } = stepAttributes(node, index, line);
  const ref: StepRef = { index, title };
  const children = node.children ?? [];
  const start = children[0]?.position?.start.offset;
  const end = children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) {
    throw new LessonError('step-no-text', 'has no text: say why these lines are here', undefined, ref);
  }
  const all = children.flatMap(descendants);
  checkStepText(all, ref, line);
  return {
    title,
    lines,
    ...(file !== undefined ? { file } : {}),
    ...(version !== undefined ? { version } : {}),
    codeBefore,
    body: text.slice(start, end),
    bodyLine: children[0]?.position?.start.line ?? line,
    text: all.map(plainText).join(' '),
    components: [...new Set(all.flatMap(componentName))],
  };
}

function stepAttributes(node: Node, index: number, line: number): { title: string; lines: string; file?: string; version?: string } {
  const fail = (reason: string) => new LessonError('step-attribute', `step ${index + 1} (line ${line}): ${reason}`);
  const attrs = attributes(node, ['title', 'lines', 'file', 'version'], fail);
  const title = attrs.title?.trim();
  if (!title) throw new LessonError('step-no-title', `step ${index + 1} (line ${line}) has no title="…"`);
  if (attrs.lines === undefined) {
    const reason = 'has no lines="…" (say which lines this step lights)';
    throw new LessonError('step-no-lines', reason, undefined, { index, title });
  }
  const ref = { index, title };
  const named = (key: 'file' | 'version') => {
    const value = attrs[key]?.trim();
    if (value === '') throw new LessonError('step-attribute', `${key}="" is empty (name a ${key} or leave the attribute out)`, undefined, ref);
    return value === undefined ? {} : { [key]: value };
  };
  return { title, lines: attrs.lines, ...named('file'), ...named('version') };
}

/** Step text is prose: no nested structure, and no {expression} that could only fail at render time. */
function checkStepText(nodes: Node[], ref: StepRef, line: number): void {
  const nested = nodes.find((n) => isElement(n, 'Step') || isElement(n, 'Code'));
  if (nested) throw new LessonError('unexpected-content', `<${nested.name}> cannot be inside a <Step>`, undefined, ref);
  const expression = nodes.find((n) => /^mdx(Flow|Text)Expression$/.test(n.type) && !isComment(n));
  if (expression) {
    const at = expression.position?.start.line ?? line;
    throw new LessonError('expression-not-allowed', `line ${at}: {…} expressions are not allowed in step text`, undefined, ref);
  }
}

function descendants(node: Node): Node[] {
  return [node, ...(node.children ?? []).flatMap(descendants)];
}

function plainText(node: Node): string {
  return ['text', 'inlineCode', 'code'].includes(node.type) ? String(node.value) : '';
}

function componentName(node: Node): string[] {
  return node.type.startsWith('mdxJsx') && node.name && /^[A-Z]/.test(node.name) ? [node.name] : [];
}
