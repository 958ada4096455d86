// A shared studio walkthrough's path (/w/<data>) for the Lighthouse rows: the
// bench-48 fixture (48 lines, 8 steps) as a studio walkthrough, so its row
// compares like for like with the bench-48 lesson page. The link is made by the
// studio's own encoder (lib/studio/codec.ts, bundled here by esbuild, which
// vitest already brings), so it is exactly what "Copy share link" hands out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** bench-48.mdx → { title, files, steps }; the studio takes line numbers only, so patterns are dropped. */
function fixtureWalkthrough(mdx) {
  const title = /^title: "(.*)"$/m.exec(mdx)?.[1] ?? 'Bench fixture';
  const code = /^```ts\n([\s\S]*?)\n```$/m.exec(mdx)?.[1];
  if (!code) throw new Error('bench-48.mdx: no ```ts block');
  const steps = [...mdx.matchAll(/<Step title="([^"]*)" lines="([^"]*)">\n([\s\S]*?)\n<\/Step>/g)].map(([, stepTitle, lines, body]) => ({
    title: stepTitle,
    lines: lines.split(',').map((part) => part.trim()).filter((part) => !part.startsWith('/')).join(', '),
    body,
    file: 0,
  }));
  return { title, files: [{ name: 'ttl-cache.ts', language: 'typescript', code }], steps };
}

export async function sharedWalkthroughPath({ root, fixtures, outDir }) {
  const outfile = path.join(outDir, 'studio-codec.mjs');
  await build({
    entryPoints: [path.join(root, 'lib/studio/codec.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  const { encodeWalkthrough, decodeWalkthrough } = await import(pathToFileURL(outfile).href);
  const data = await encodeWalkthrough(fixtureWalkthrough(readFileSync(path.join(fixtures, 'bench-48.mdx'), 'utf8')));
  // The server would show its "broken link" page for anything the studio refuses.
  const decoded = await decodeWalkthrough(data);
  if (!decoded.ok) throw new Error(`shared walkthrough: ${decoded.error.message}`);
  return `/w/${data}`;
}
