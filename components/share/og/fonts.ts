// Fonts for the share cards, read from npm packages (next/og needs WOFF, TTF
// or OTF, not WOFF2; the build machine has no network). Latin and Latin
// Extended of each: lib/embed/card.ts keeps card text within them.
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type Weight = 400 | 600 | 700;
export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

const FILES: [name: string, pkg: string, prefix: string, weights: Weight[]][] = [
  ['Inter', '@fontsource/inter', 'inter', [400, 600, 700]],
  ['JetBrains Mono', '@fontsource/jetbrains-mono', 'jetbrains-mono', [400, 600]],
];

async function load(): Promise<CardFont[]> {
  const jobs = FILES.flatMap(([name, pkg, prefix, weights]) =>
    weights.flatMap((weight) =>
      ['latin', 'latin-ext'].map(async (subset) => ({
        name,
        weight,
        style: 'normal' as const,
        data: await readFile(path.join(process.cwd(), 'node_modules', pkg, 'files', `${prefix}-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return Promise.all(jobs);
}

let fonts: Promise<CardFont[]> | undefined;

/** Read once per server process. */
export function cardFonts(): Promise<CardFont[]> {
  fonts ??= load().catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}
