import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per checkout lets parallel work build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
};

const withMDX = createMDX({});

export default withMDX(nextConfig);
