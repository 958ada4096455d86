// A studio walkthrough as a lesson file (`content/<slug>.mdx`, lesson format
// v2): frontmatter, one `<Code file>` per file, one `<Step>` per step. The
// summary, level, tags and takeaways the author set in the studio go in as
// written (lib/studio/export-details.ts checks them); a blank one gets a plain
// first draft the author is expected to edit. Step text is Markdown; it is re-written
// as MDX-safe Markdown (braces and angle brackets escaped, raw HTML dropped),
// so the file compiles and passes the content validator as it is.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Nodes, Parents } from 'mdast';
import { stringify } from 'yaml';
import { LANGUAGE_LABELS } from '@/lib/lessons/languages';
import { TAGS } from '@/lib/lessons/tags';
import { safeHref } from './markdown';
import type { StudioWalkthrough } from './model';

export interface ExportDetails {
  summary?: string;
  level?: 'Beginner' | 'Intermediate' | 'Advanced';
  tags?: string[];
  takeaways?: [string, string, string];
}

const ATTR: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };
const attr = (value: string) => value.replace(/[&"<>{}]/g, (c) => ATTR[c] ?? c);

/** `content/<slug>.mdx`: a slug from the title. */
export function slugFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'my-walkthrough';
}

/** A name the lesson format accepts (letters, digits, `. _ - / @ +`, at most 60). */
export function fileNameFor(name: string, index: number, extension: string): string {
  const cleaned = name.trim().replace(/[^\w.@+/-]+/g, '-').replace(/^[^\w.@+-]+/, '').slice(0, 60);
  return cleaned || `file-${index + 1}.${extension}`;
}

const EXTENSION: Record<string, string> = { typescript: 'ts', tsx: 'tsx', javascript: 'js', jsx: 'jsx', python: 'py', go: 'go', rust: 'rs', bash: 'sh', sql: 'sql', json: 'json' };

/** A fence longer than any run of backticks in the code. */
function fence(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Raw HTML becomes its text and unsafe links their text; the rest is written back as MDX-safe Markdown. */
export function mdxBody(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const clean = (node: Nodes): Nodes[] => {
    if (node.type === 'html') return [{ type: 'text', value: node.value }];
    if (node.type === 'link' && !safeHref(node.url)) return node.children.flatMap((child) => clean(child));
    if (node.type === 'image') return [{ type: 'text', value: node.alt ?? '' }];
    if ('children' in node) (node as Parents).children = (node as Parents).children.flatMap((child) => clean(child)) as never;
    return [node];
  };
  clean(tree);
  return toMarkdown(tree, { extensions: [mdxToMarkdown()] }).trim();
}

/**
 * Tags from the vocabulary whose word appears in the title or the steps; the
 * author is expected to check them. With none, "reliability", so the file
 * still builds (the lesson format needs at least one).
 */
export function guessTags(walkthrough: StudioWalkthrough): string[] {
  const text = [walkthrough.title, ...walkthrough.steps.flatMap((s) => [s.title, s.body])].join(' ').toLowerCase();
  const found = Object.keys(TAGS).filter((tag) => new RegExp(`\\b${tag.replace(/ies$|s$/, '')}`).test(text));
  return found.length ? found.slice(0, 3) : ['reliability'];
}

/** A drafted takeaway as the content checks want it: a capital first, a full stop last. */
function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!]$/.test(capital) ? capital : `${capital}.`;
}

export function exportMdx(walkthrough: StudioWalkthrough, details: ExportDetails = {}): string {
  const first = walkthrough.files[0]!;
  const label = LANGUAGE_LABELS[first.language];
  const title = walkthrough.title.trim() || 'Untitled walkthrough';
  const steps = walkthrough.steps;
  const named = walkthrough.files.length > 1 || first.name.trim() !== '';
  const names = walkthrough.files.map((file, i) => fileNameFor(file.name, i, EXTENSION[file.language] ?? 'txt'));
  const front = {
    title: title.slice(0, 100),
    summary: (details.summary?.trim() || `A ${label} walkthrough in ${steps.length} steps: ${steps.map((s) => s.title.trim()).filter(Boolean).join(', ')}`).slice(0, 200),
    language: first.language,
    level: details.level ?? 'Beginner',
    tags: details.tags?.length ? details.tags : guessTags(walkthrough),
    takeaways: details.takeaways ?? [0, 1, 2].map((i) => sentence(steps[i]?.title.trim() || `Takeaway ${i + 1}: say what a reader should keep.`)),
    related: [],
  };
  const code = walkthrough.files.map((file, i) => {
    const body = file.code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    const marks = fence(body);
    const block = `${marks}${EXTENSION[file.language] ?? file.language}\n${body}\n${marks}`;
    return named ? `<Code file="${attr(names[i]!)}">\n\n${block}\n\n</Code>` : block;
  });
  const body = steps.map((step, index) => {
    const fileAttr = walkthrough.files.length > 1 && (index === 0 || steps[index - 1]?.file !== step.file) ? ` file="${attr(names[step.file]!)}"` : '';
    const text = mdxBody(step.body) || mdxBody(step.title) || 'Why these lines are here.';
    return `<Step title="${attr(step.title.trim() || `Step ${index + 1}`)}" lines="${attr(step.lines.trim())}"${fileAttr}>\n\n${text}\n\n</Step>`;
  });
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${code.join('\n\n')}\n\n${body.join('\n\n')}\n`;
}
