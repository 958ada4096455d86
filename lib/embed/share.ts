// What the share menu hands out, built from where the reader is: the lesson's
// link, a link to the step on screen, and the embed code with the options the
// reader is looking at (in an embed: its autoplay and theme).
import { embedPath, lessonPath, STEP_PARAM } from '@/lib/lesson-urls';
import { embedSearch, type EmbedTheme } from './params';
import { embedCode } from './snippet';

export interface ShareContext {
  origin: string;
  slug: string;
  title: string;
  /** 0-based step on screen. */
  step: number;
  /** The embed's own options, when the menu is inside one. */
  embed?: { autoplay: boolean; theme: EmbedTheme | null };
  /** A page that is not a lesson (a shared walkthrough, `/w/<data>`): its own page and embed paths. */
  paths?: { page: string; embed: string };
}

export interface ShareLinks {
  lesson: string;
  /** Always names the step, even the first: the reader asked for "this step". */
  step: string;
  embedCode: string;
}

export function shareLinks({ origin, slug, title, step, embed, paths }: ShareContext): ShareLinks {
  const src = `${origin}${paths?.embed ?? embedPath(slug)}${embedSearch({ step, autoplay: embed?.autoplay, theme: embed?.theme })}`;
  return {
    lesson: `${origin}${paths?.page ?? lessonPath(slug)}`,
    step: `${origin}${paths ? `${paths.page}?${STEP_PARAM}=${step + 1}` : lessonPath(slug, step)}`,
    embedCode: embedCode({ origin, src, title: `Stepwise: ${title}` }),
  };
}
