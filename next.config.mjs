import { connect } from 'node:net';
import createMDX from '@next/mdx';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { djb2Hash } from 'next/dist/shared/lib/hash.js';

// Security headers on every response (README: "Security headers" says why each).
// Only /embed/* may be framed by other sites; everything else (the sandbox above
// all) only by our own pages. CSP alone, no X-Frame-Options: the two patterns
// never both match a path, so no response carries two policies.
// script-src keeps 'unsafe-inline': pages are statically generated and Next
// inlines its RSC payload in <script> tags, so there is no per-request nonce to
// give them, and a hash list would have to cover every page's payload.
function contentSecurityPolicy(frameAncestors, dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const EVERY_RESPONSE = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
];

function securityHeaders(dev) {
  return async () => [
    { source: '/:path*', headers: EVERY_RESPONSE },
    // HSTS only in production and only when the client came over HTTPS (as our TLS proxy reports it).
    ...(dev
      ? []
      : [{
          source: '/:path*',
          has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
          headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
        }]),
    // A shared walkthrough's address is its whole content: its own requests send only our origin.
    ...['/w/:path*', '/embed/w/:path*'].map((source) => ({ source, headers: [{ key: 'Referrer-Policy', value: 'strict-origin' }] })),
    { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('*', dev) }] },
    { source: '/:path((?!embed/).*)', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'", dev) }] },
  ];
}

// Next names a card drawn inside a route group `opengraph-image-<hash of its
// folder>`; these give the cards plain URLs (`/explainers/<slug>/opengraph-image`, which
// oEmbed's thumbnail_url uses). tests/integration/embed checks they answer.
const groupSuffix = (folder) => djb2Hash(folder).toString(36).slice(0, 6);
async function cardRewrites() {
  return [
    ['/explainers/:slug/opengraph-image', '/(site)/explainers/[slug]', '/explainers/:slug/opengraph-image'],
    ['/explainers/:slug/step/:n/opengraph-image', '/(site)/explainers/[slug]/step/[n]', '/explainers/:slug/step/:n/opengraph-image'],
    ['/opengraph-image', '/(site)', '/opengraph-image'],
    ['/sandbox/opengraph-image', '/(site)/sandbox', '/sandbox/opengraph-image'],
    ['/w/:data/opengraph-image', '/(site)/w/[data]', '/w/:data/opengraph-image'],
    ['/w/:data/step/:n/opengraph-image', '/(site)/w/[data]/step/[n]', '/w/:data/step/:n/opengraph-image'],
  ].map(([source, folder, target]) => ({ source, destination: `${target}-${groupSuffix(folder)}` }));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per checkout lets parallel work build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` runs the type checker on its own before building; checking again here only slows builds.
  typescript: { ignoreBuildErrors: true },
  rewrites: cardRewrites,
  // Shared walkthrough pages (/w/<data>) are cached after their first render.
  // Anyone can mint new links, so that cache stays in memory, where Next bounds
  // it (least recently used first), and never grows on disk. Next counts
  // characters; the heap holds about five times that: 16 MB is about 80 shared
  // pages and about 115 MB of memory (measured by flooding it with new links).
  experimental: { isrFlushToDisk: false },
  cacheMaxMemorySize: 16 * 1024 * 1024,
};

const withMDX = createMDX({});

// `next start` refuses to run without a real session key (see sandbox/key.ts), or
// with a REDIS_URL it cannot reach: one line saying what to fix, then exit.
function refuseToStart(line) {
  console.error(`✖ ${line}`);
  process.exit(1);
}

function checkSessionSecret() {
  const bytes = Buffer.byteLength(process.env.SESSION_SECRET ?? '', 'utf8');
  if (bytes < 32) {
    refuseToStart(
      `SESSION_SECRET must be set to at least 32 bytes (it has ${bytes}); make one with: export SESSION_SECRET="$(openssl rand -base64 32)"`,
    );
  }
}

/** Whether REDIS_URL is a Redis URL whose host accepts a connection within 2 s; exits with one line otherwise. */
async function checkRedis(url) {
  let target;
  try {
    target = new URL(url);
  } catch {
    target = undefined;
  }
  if (!target || !/^rediss?:$/.test(target.protocol)) {
    refuseToStart('REDIS_URL is not a redis:// or rediss:// URL (e.g. redis://127.0.0.1:6379); unset it to keep the sandbox state in memory.');
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || 6379);
  const reachable = await new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
  if (!reachable) {
    refuseToStart(`REDIS_URL points at ${host}:${port}, which does not answer; start Redis there or fix REDIS_URL (unset it to keep the sandbox state in memory).`);
  }
}

export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) {
    checkSessionSecret();
    if (process.env.REDIS_URL) await checkRedis(process.env.REDIS_URL);
  }
  return withMDX({ ...nextConfig, headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) });
}
