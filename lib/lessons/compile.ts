// Each step's text is MDX, compiled once on the server into a component. The
// page renders it to HTML; the browser gets markup, never the MDX compiler.
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { mdxComponents, useMDXComponents } from '@/mdx-components';
import { LessonError } from './errors';
import type { LessonStep } from './types';

type Body = LessonStep['Body'];

/** Compiles one step body; `bodyLine` is where it starts in the file, for messages. */
export async function compileStepBody(body: string, bodyLine = 1): Promise<Body> {
  try {
    const compiled = await evaluate(body, { ...runtime, useMDXComponents, development: false });
    return compiled.default as unknown as Body;
  } catch (error) {
    const line = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const where = line ? `line ${bodyLine + line - 1}: ` : '';
    throw new LessonError('step-compile', `the text does not compile: ${where}${reason}`);
  }
}

/** Capitalised names a body uses that the components map does not provide. */
export function unknownComponents(names: string[]): string[] {
  return names.filter((name) => !Object.hasOwn(mdxComponents, name));
}

/** Words a reader reads in a step (title and text): autoplay dwells in proportion. */
export function countWords(...texts: string[]): number {
  return texts.join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
