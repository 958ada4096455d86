import 'server-only';
// For every region the timeline may name (sandbox/events.ts SOURCES): its lines,
// and the first step of a lesson that lights any of them, computed from the
// loaded lessons so the links follow edits to the lessons and the code. The
// lesson chosen is the one lighting most of the region's lines; on a tie the
// earlier in reading order (course lessons first, in course order). The page is
// static: this runs at build time, where sandbox/ is on disk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lessonPath } from '@/lib/lesson-urls';
import { getAllLessons, getCourses, type Lesson } from '@/lib/lessons';
import { selectRegion, stripRegions, type DisplayedCode } from '@/lib/lessons/regions';
import type { SourceInfo, SourceMap } from '@/lib/sandbox-client/types';
import { sourceKey } from '@/lib/sandbox-client/types';
import { SOURCES } from '@/sandbox/events';

function displayed(file: string, cache: Map<string, DisplayedCode>): DisplayedCode {
  let code = cache.get(file);
  if (!code) {
    code = stripRegions(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8'));
    cache.set(file, code);
  }
  return code;
}

interface Explanation {
  lesson: NonNullable<SourceInfo['lesson']>;
  /** How many of the region's lines the lesson lights, over all its steps. */
  covered: number;
}

/** Where `lesson` explains `region` of `file`: its first step lighting any of the region's lines, and how much of the region it lights (any of its files, any version). */
function explanation(lesson: Lesson, file: string, region: string, cache: Map<string, DisplayedCode>): Explanation | undefined {
  const litInRegion = (step: Lesson['steps'][number]): number[] => {
    const source = lesson.files[step.file]?.versions[step.version]?.source ?? '';
    const [lessonFile, lessonRegion] = source.split('#', 2);
    if (lessonFile !== file) return [];
    const whole = displayed(file, cache);
    const view = lessonRegion ? selectRegion(whole, lessonRegion) : whole;
    const numbers = lessonRegion === region ? view.lines.map((_, i) => i + 1) : (view.regions.get(region) ?? []);
    return numbers.filter((n) => step.lines.includes(n));
  };
  const lit = lesson.steps.map(litInRegion);
  const step = lesson.steps.find((_, i) => (lit[i] as number[]).length > 0);
  if (!step) return undefined;
  return {
    lesson: { href: lessonPath(lesson.meta.slug, step.index), title: lesson.meta.title, step: step.index + 1, stepTitle: step.title },
    covered: new Set(lit.flat()).size,
  };
}

/**
 * The lesson that explains a region: the one lighting most of its lines (a
 * lesson that only passes through it loses to the one about it); on a tie, the
 * first in reading order.
 */
function bestExplanation(lessons: Lesson[], file: string, region: string, cache: Map<string, DisplayedCode>): SourceInfo['lesson'] {
  let best: Explanation | undefined;
  for (const lesson of lessons) {
    const found = explanation(lesson, file, region, cache);
    if (found && (!best || found.covered > best.covered)) best = found;
  }
  return best?.lesson;
}

/** Course lessons first, in course order; the rest after them, as they came. */
function inReadingOrder(lessons: Lesson[], courseOrder: string[]): Lesson[] {
  const rank = (lesson: Lesson) => {
    const at = courseOrder.indexOf(lesson.meta.slug);
    return at === -1 ? courseOrder.length : at;
  };
  return [...lessons].sort((a, b) => rank(a) - rank(b));
}

export async function sandboxSources(): Promise<SourceMap> {
  const cache = new Map<string, DisplayedCode>();
  let lessons: Lesson[] = [];
  try {
    lessons = inReadingOrder(await getAllLessons(), (await getCourses()).flatMap((course) => course.lessons));
  } catch (err) {
    // A broken lesson fails its own page's build; here it only costs the links.
    console.warn('[sandbox] lessons could not be loaded, the timeline will not link to them:', err);
  }
  const map: SourceMap = {};
  for (const source of Object.values(SOURCES)) {
    const code = displayed(source.file, cache);
    const numbers = code.regions.get(source.region) ?? [];
    const lines = numbers.map((number) => ({ number, text: code.lines[number - 1] ?? '' }));
    const lesson = bestExplanation(lessons, source.file, source.region, cache);
    map[sourceKey(source)] = { file: source.file, region: source.region, lines, ...(lesson ? { lesson } : {}) };
  }
  return map;
}
