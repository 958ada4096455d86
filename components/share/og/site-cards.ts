// What the catalog's and the sandbox's cards say and show.
import { cardRuns, stepWindow, type CardLine } from '@/lib/embed/card';
import type { Lesson } from '@/lib/lessons/types';
import { site } from '@/lib/site';
import type { SiteCardImageProps } from './SiteCardImage';
import { palette } from './palette';

/** The catalog: the tagline beside the start of a lesson with its first step lit. */
export function catalogCard(lessons: readonly Lesson[]): SiteCardImageProps {
  const languages = [...new Set(lessons.map((lesson) => lesson.meta.languageLabel))];
  const shown = lessons.find((lesson) => lesson.meta.language === 'typescript') ?? lessons[0];
  // A step that lights a few lines looks like the player; a long one would light the whole picture.
  const step = shown?.steps.find((s) => s.lines.length <= 3) ?? shown?.steps[0];
  return {
    eyebrow: 'Explainers',
    title: site.tagline,
    lead: 'Real code, walked through line by line. Step with the arrow keys, or press Space and let it play.',
    chips: languages.slice(0, 4),
    lines: shown && step ? cardRuns(stepWindow(shown.lines, step.lines, 10), 44) : [],
    lit: new Set(step?.lines ?? []),
    numbers: true,
    footer: `${lessons.length} explainers · a live JWT sandbox`,
  };
}

const ok = '#1a7f37';
const bad = '#b42318';

function row(number: number, ...runs: [text: string, color?: string][]): CardLine {
  return { number, runs: runs.map(([text, color]) => ({ text, color })) };
}

/** The sandbox: a session's timeline, the expiry lit. */
export function sandboxCard(): SiteCardImageProps {
  const m = palette.accent;
  const dim = palette.muted;
  return {
    eyebrow: 'Sandbox',
    title: 'Watch a JWT session live',
    lead: 'Log in, and see jose sign a token into an httpOnly cookie, the server verify it, the token expire and the refresh rotate.',
    chips: ['HS256', 'httpOnly cookies', 'refresh rotation', 'tamper lab'],
    lines: [
      row(1, ['POST ', m], ['/api/sandbox/login   ', undefined], ['200', ok]),
      row(2, ['  Set-Cookie: access=eyJhbGciOiJI…', dim]),
      row(3, ['  HttpOnly; SameSite=Lax', dim]),
      row(4, ['GET  ', m], ['/api/sandbox/me      ', undefined], ['200 ', ok], ['verified', dim]),
      row(5, ['  clock +30 s', dim]),
      row(6, ['GET  ', m], ['/api/sandbox/me      ', undefined], ['401 ', bad], ['expired', dim]),
      row(7, ['POST ', m], ['/api/sandbox/refresh ', undefined], ['200 ', ok], ['rotated', dim]),
      row(8, ['POST ', m], ['/api/sandbox/refresh ', undefined], ['401 ', bad], ['reuse', dim]),
      row(9, ['  family revoked: every token of it', dim]),
    ],
    lit: new Set([6]),
    footer: 'Demo accounts only · every rejection shown with its jose error code',
  };
}
