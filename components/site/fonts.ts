import localFont from 'next/font/local';

// Fonts ship with the app from npm packages: the build never goes online.
// Latin only, and only what pages paint: Inter as one variable file (the site
// uses many weights), JetBrains Mono at 400 alone (its few bold spots, tab
// names and lit line numbers, are synthesized rather than cost a second file).
export const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});

export const jetbrainsMono = localFont({
  src: '../../node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
  weight: '400',
  variable: '--font-jetbrains',
  display: 'swap',
});
