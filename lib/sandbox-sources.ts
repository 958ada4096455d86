import 'server-only';
// For every region the timeline may name (sandbox/events.ts SOURCES): its lines,
// and the first step of a lesson that lights any of them, computed from the
// loaded lessons so the links follow edits to the lessons and the code. Lessons
// in a course come first, in reading order, so a region links to the course
// lesson that first explains it. The page is static: this runs at build time,
// where sandbox/ is on disk.
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

/** The step (1-based) of `lesson` whose lines first touch `region` of `file`, if the lesson shows that file (any of its files, any version). */
function stepFor(lesson: Lesson, file: string, region: string, cache: Map<string, DisplayedCode>): SourceInfo['lesson'] {
  const touches = (step: Lesson['steps'][number]) => {
    const source = lesson.files[step.file]?.versions[step.version]?.source ?? '';
    const [lessonFile, lessonRegion] = source.split('#', 2);
    if (lessonFile !== file) return false;
    const whole = displayed(file, cache);
    const view = lessonRegion ? selectRegion(whole, lessonRegion) : whole;
    const numbers = lessonRegion === region ? view.lines.map((_, i) => i + 1) : view.regions.get(region);
    return Boolean(numbers?.some((n) => step.lines.includes(n)));
  };
  const step = lesson.steps.find(touches);
  if (!step) return undefined;
  const number = step.index + 1;
  return { href: lessonPath(lesson.meta.slug, step.index), title: lesson.meta.title, step: number, stepTitle: step.title };
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
    const lesson = lessons.map((l) => stepFor(l, source.file, source.region, cache)).find(Boolean);
    map[sourceKey(source)] = { file: source.file, region: source.region, lines, ...(lesson ? { lesson } : {}) };
  }
  return map;
}
