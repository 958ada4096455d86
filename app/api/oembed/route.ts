import { buildOEmbed, CACHE_AGE, parseOEmbedRequest, type OEmbedError } from '@/lib/embed/oembed';
import { getLesson } from '@/lib/lessons';
import { site } from '@/lib/site';
import { loadShared } from '@/lib/studio/shared';

// The oEmbed provider (lib/embed/oembed.ts has the rules). It answers for
// lesson URLs on the configured site (SITE_URL) only: the answer is publicly
// cached, so it must never reflect a Host header. Every failure is a JSON answer.

function refuse({ status, error, message }: OEmbedError): Response {
  return Response.json({ error, message }, { status });
}

export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const parsed = parseOEmbedRequest(url.searchParams, [new URL(site.url).origin]);
    if (!parsed.ok) return refuse(parsed.error);
    const lesson = await findLesson(parsed.request.slug, parsed.request.shared);
    if (!lesson) return refuse({ status: 404, error: 'not_found', message: 'There is no lesson at that URL.' });
    const answer = buildOEmbed(parsed.request, {
      title: lesson.meta.title,
      total: lesson.steps.length,
      stepTitles: lesson.steps.map((step) => step.title),
    });
    return Response.json(answer, {
      headers: { 'Cache-Control': `public, max-age=${CACHE_AGE}`, 'Access-Control-Allow-Origin': '*' },
    });
  } catch (error) {
    console.error('oembed:', error);
    return Response.json({ error: 'unavailable', message: 'The lesson could not be loaded.' }, { status: 503 });
  }
}

/** A lesson by slug, or a shared walkthrough (`/w/<data>`) from its own data; null when neither is there. */
async function findLesson(slug: string, shared: string | undefined) {
  if (!shared) return getLesson(slug);
  const loaded = await loadShared(shared);
  return loaded.ok ? loaded.lesson : null;
}
