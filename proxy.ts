// Small jobs before a route renders, each on its own matcher below.
import { NextResponse, type NextRequest } from 'next/server';
import { stepPageFor } from '@/lib/embed/step-link';
import { badLinkHtml } from '@/lib/studio/bad-link-page';
import { linkProblems } from '@/lib/studio/check-link';
import { parseCookies } from '@/sandbox/cookies';
import { servedOverHttps } from '@/sandbox/https';
import { cookieName } from '@/sandbox/session';

const LOOKS_LIKE_A_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** `/explainers/x?step=3` is served by the step page, whose card shows step 3; plain lesson URLs never get here and stay static. */
function sharedStep(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const stepPage = stepPageFor(pathname, search);
  return stepPage ? NextResponse.rewrite(new URL(stepPage + search, request.url)) : NextResponse.next();
}

/**
 * An optimistic gate in front of /sandbox/account: no access cookie, or one that
 * does not even look like a JWT, goes back to /sandbox. It verifies nothing (no
 * key, no clock): the page verifies the token for real through sandbox/dal.ts,
 * so skipping this proxy (CVE-2025-29927's x-middleware-subrequest) gains nothing.
 */
function accountGate(request: NextRequest) {
  const secure = servedOverHttps(request.headers.get('x-forwarded-proto'), request.url);
  // sandbox/cookies.ts's rule (the first same-named cookie wins), as the page's DAL reads it.
  const token = parseCookies(request.headers.get('cookie')).get(cookieName('access', secure));
  if (!token || token.length > 4096 || !LOOKS_LIKE_A_JWT.test(token)) {
    return NextResponse.redirect(new URL('/sandbox', request.url));
  }
  return NextResponse.next();
}

/**
 * A shared walkthrough link that cannot be read is answered here, with status
 * 400 and the reasons in words; a good one with `?step=N` goes to its step page, as lessons do.
 */
async function sharedWalkthrough(request: NextRequest) {
  const reasons = await linkProblems(/^\/(?:embed\/)?w\/([^/]*)/.exec(request.nextUrl.pathname)?.[1] ?? '');
  if (reasons.length === 0) return sharedStep(request);
  return new NextResponse(badLinkHtml(reasons), {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  });
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/explainers/')) return sharedStep(request);
  if (pathname.startsWith('/w/') || pathname.startsWith('/embed/w/')) return sharedWalkthrough(request);
  return accountGate(request);
}

export const config = {
  matcher: ['/sandbox/account', '/w/:data', '/w/:data/step/:n', '/embed/w/:data', { source: '/explainers/:slug', has: [{ type: 'query', key: 'step' }] }],
};
