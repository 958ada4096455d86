// The lesson page's HTML, as the server sends it (no compression asked for),
// and gzipped at level 9. The code must be in it once, not once per step.
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { row, errorRow } from './report.mjs';

function fetchRaw(url) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'identity' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** Where the bytes go: inline scripts (mostly React's flight payload, which repeats server output) vs the rest. */
function anatomy(html) {
  const scripts = [...html.matchAll(/<script[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
  const bytes = (list) => list.reduce((total, text) => total + Buffer.byteLength(text), 0);
  return {
    inlineScriptBytes: bytes(scripts),
    flightPayloadBytes: bytes(scripts.filter((text) => text.includes('__next_f'))),
    styleAttributeBytes: bytes(html.match(/ style="[^"]*"/g) ?? []),
  };
}

/** How often a distinctive line of the fixture's code appears: 1 = sent once. */
function occurrences(html, needle) {
  return html.split(needle).length - 1;
}

export async function measureHtml({ baseURL, lessonPath, probe }) {
  const { status, body } = await fetchRaw(baseURL + lessonPath);
  if (status !== 200) return { rows: [errorRow('Lesson HTML (48 lines, 8 steps)', `${lessonPath} answered ${status}`)] };
  const html = body.toString('utf8');
  const gzip = gzipSync(body, { level: 9 }).length;
  const copies = occurrences(html, probe);
  const parts = anatomy(html);
  return {
    rows: [
      row('Lesson HTML, 48 lines/8 steps', body.length / 1024, 'KB', { max: 60 }, `a code line appears ${copies}×; inline flight payload ${(parts.flightPayloadBytes / 1024).toFixed(1)} KB`),
      row('Lesson HTML gzip -9', gzip / 1024, 'KB'),
    ],
    details: { bytes: body.length, gzip, probe, probeOccurrences: copies, ...parts },
  };
}
