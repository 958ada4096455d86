// What the share menu hands out, built from where the reader is: the lesson's
// link, a link to the step on screen, and the embed code with the options the
// reader is looking at (in an embed: its autoplay and theme).
import { embedPath, lessonPath } from '@/lib/lesson-urls';
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
}

export interface ShareLinks {
  lesson: string;
  /** Always names the step, even the first: the reader asked for "this step". */
  step: string;
  embedCode: string;
}

export function shareLinks({ origin, slug, title, step, embed }: ShareContext): ShareLinks {
  const src = `${origin}${embedPath(slug)}${embedSearch({ step, autoplay: embed?.autoplay, theme: embed?.theme })}`;
  return {
    lesson: `${origin}${lessonPath(slug)}`,
    step: `${origin}${lessonPath(slug, step)}`,
    embedCode: embedCode({ origin, src, title: `Stepwise: ${title}` }),
  };
}
