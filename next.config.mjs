import createMDX from '@next/mdx';
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per checkout lets parallel work build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
};

const withMDX = createMDX({});

// --- sandbox: `next start` refuses to run without a real session key (see sandbox/key.ts) ---
function requireSessionSecret(phase) {
  if (phase !== PHASE_PRODUCTION_SERVER) return;
  const bytes = Buffer.byteLength(process.env.SESSION_SECRET ?? '', 'utf8');
  if (bytes < 32) {
    throw new Error(
      `SESSION_SECRET must be set to at least 32 bytes (it has ${bytes}); make one with: export SESSION_SECRET="$(openssl rand -base64 32)"`,
    );
  }
}
// --- end sandbox ---

export default function config(phase) {
  requireSessionSecret(phase);
  return withMDX(nextConfig);
}
