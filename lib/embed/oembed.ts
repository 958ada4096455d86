// The oEmbed provider's logic (oembed.com, type "rich"): read the query, size
// the frame within the consumer's limits, build the answer. The route handler
// only adds the lesson lookup and the HTTP around it.
import { cardImagePath, embedPath, parseStepNumber, STEP_PARAM } from '@/lib/lesson-urls';
import { sharedCardPath, sharedDataOf, sharedEmbedPath } from '@/lib/studio/paths';
import { embedIframe } from './snippet';

export const PROVIDER_NAME = 'Stepwise';
/** How long consumers may keep an answer, in seconds. */
export const CACHE_AGE = 86_400;
export const THUMBNAIL = { width: 1200, height: 630 } as const;

/**
 * The frame we suggest. The player stacks code over text below 960 px, so a
 * narrower frame wraps the step text more and needs more height.
 */
export const DEFAULT_SIZE = { width: 720, height: 640 } as const;
const NARROW_WIDTH = 480;
const NARROW_HEIGHT = 720;

export interface OEmbedRequest {
  /** The origin the lesson URL named (ours): the frame and thumbnail point there. */
  origin: string;
  slug: string;
  /** A shared walkthrough's data (`/w/<data>`) instead of a lesson; slug is then empty. */
  shared?: string;
  /** 1-based step from the URL's `?step=N`, or null. */
  step: number | null;
  maxwidth: number | null;
  maxheight: number | null;
}

export interface OEmbedError {
  status: 400 | 404 | 501;
  error: 'bad_request' | 'not_found' | 'not_implemented';
  message: string;
}

export type Parsed = { ok: true; request: OEmbedRequest } | { ok: false; error: OEmbedError };

const fail = (status: OEmbedError['status'], message: string): Parsed => ({
  ok: false,
  error: { status, error: status === 400 ? 'bad_request' : status === 404 ? 'not_found' : 'not_implemented', message },
});

/** A lesson page or an embed: `/explainers/<slug>` (a trailing slash is fine) or `/embed/<slug>`. */
const LESSON_PATH = /^\/(?:explainers|embed)\/([a-z0-9][a-z0-9-]{0,99})\/?$/;

/** `maxwidth` / `maxheight`: absent or empty means no limit; otherwise a whole number of pixels ≥ 1. */
function readLimit(raw: string | null): number | null | undefined {
  if (raw === null || raw.trim() === '') return null;
  if (!/^\s*\d{1,5}\s*$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

/** `origins`: the origins we answer for (the configured site URL: never one a request's Host header named). */
export function parseOEmbedRequest(query: URLSearchParams, origins: readonly string[]): Parsed {
  const format = query.get('format');
  if (format !== null && format.trim() !== '' && format.trim().toLowerCase() !== 'json') return fail(501, 'Only format=json is supported.');
  const raw = query.get('url');
  if (raw === null || raw.trim() === '') return fail(400, 'The url parameter is required.');
  // Shared walkthroughs (`/w/<data>`) carry themselves in the URL: only they may be long.
  if (raw.length > 10_000) return fail(400, 'The url parameter is too long.');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(400, 'The url parameter is not a URL.');
  }
  if (raw.length > 2048 && !sharedDataOf(url.pathname)) return fail(400, 'The url parameter is too long.');
  const maxwidth = readLimit(query.get('maxwidth'));
  const maxheight = readLimit(query.get('maxheight'));
  if (maxwidth === undefined || maxheight === undefined) return fail(400, 'maxwidth and maxheight must be whole numbers of pixels.');
  if (!origins.includes(url.origin)) return fail(404, 'That URL is not on this site.');
  const shared = sharedDataOf(url.pathname);
  const slug = shared ? '' : LESSON_PATH.exec(url.pathname)?.[1];
  if (slug === undefined) return fail(404, 'That URL is not a lesson.');
  const index = parseStepNumber(url.searchParams.get(STEP_PARAM));
  const step = index === null ? null : index + 1;
  return { ok: true, request: { origin: url.origin, slug, ...(shared ? { shared } : {}), step, maxwidth, maxheight } };
}

/** The frame's size: our default, never wider than maxwidth nor taller than maxheight. */
export function embedSize(maxwidth: number | null, maxheight: number | null): { width: number; height: number } {
  const width = Math.min(DEFAULT_SIZE.width, maxwidth ?? Infinity);
  const height = Math.min(width < NARROW_WIDTH ? NARROW_HEIGHT : DEFAULT_SIZE.height, maxheight ?? Infinity);
  return { width, height };
}

export interface OEmbedAnswer {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export interface LessonFacts {
  title: string;
  /** Number of steps, to clamp the URL's step. */
  total: number;
  /** Title of each step, in order. */
  stepTitles: readonly string[];
}

export function buildOEmbed(request: OEmbedRequest, lesson: LessonFacts): OEmbedAnswer {
  const { origin, slug } = request;
  const step = request.step === null ? null : Math.min(request.step, lesson.total);
  const { width, height } = embedSize(request.maxwidth, request.maxheight);
  const stepTitle = step === null ? undefined : lesson.stepTitles[step - 1];
  const title = stepTitle ? `${lesson.title} — step ${step}: ${stepTitle}` : lesson.title;
  const index = step === null ? null : step - 1;
  const query = index === null ? '' : `?${STEP_PARAM}=${step}`;
  const { shared } = request;
  const embed = shared ? sharedEmbedPath(shared) : embedPath(slug);
  const card = shared ? sharedCardPath(shared, index) : cardImagePath(slug, index);
  return {
    version: '1.0',
    type: 'rich',
    title,
    html: embedIframe({ src: `${origin}${embed}${query}`, title: `${PROVIDER_NAME}: ${title}`, width, height }),
    width,
    height,
    provider_name: PROVIDER_NAME,
    provider_url: `${origin}/`,
    thumbnail_url: `${origin}${card}`,
    thumbnail_width: THUMBNAIL.width,
    thumbnail_height: THUMBNAIL.height,
    cache_age: CACHE_AGE,
  };
}
