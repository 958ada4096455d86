// An optimistic gate in front of /sandbox/account: no access cookie, or one that
// does not even look like a JWT, goes back to /sandbox. It verifies nothing (no
// key, no clock): the page verifies the token for real through sandbox/dal.ts,
// so skipping this proxy (CVE-2025-29927's x-middleware-subrequest) gains nothing.
import { NextResponse, type NextRequest } from 'next/server';
import { servedOverHttps } from '@/sandbox/https';
import { cookieName } from '@/sandbox/session';
import { stepPagePath } from '@/lib/embed/step-link';

const LOOKS_LIKE_A_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function proxy(request: NextRequest) {
  // --- embeds: a shared step link is served by the step page (lib/embed/step-link.ts) ---
  if (request.nextUrl.pathname.startsWith('/explainers/')) {
    const stepPage = stepPagePath(request.nextUrl.pathname, request.nextUrl.search);
    return stepPage ? NextResponse.rewrite(new URL(stepPage + request.nextUrl.search, request.url)) : NextResponse.next();
  }
  // --- end embeds ---
  const secure = servedOverHttps(request.headers.get('x-forwarded-proto'), request.url);
  const token = request.cookies.get(cookieName('access', secure))?.value;
  if (!token || token.length > 4096 || !LOOKS_LIKE_A_JWT.test(token)) {
    return NextResponse.redirect(new URL('/sandbox', request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    '/sandbox/account',
    // embeds: only lesson URLs that name a step reach the proxy; plain lesson pages stay static.
    { source: '/explainers/:slug', has: [{ type: 'query', key: 'step' }] },
  ],
};
