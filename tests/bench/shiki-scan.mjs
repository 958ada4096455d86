// Shiki must never reach the browser: scan every client chunk of the build for
// the highlighter's and TextMate grammars' fingerprints. Budget: 0 bytes.
// Plain "shiki" also appears in our CSS variable names (--shiki-light), which
// are fine, so only whole-word uses count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { row } from './report.mjs';

const FINGERPRINTS = [
  /(?<![-\w])shiki(?![-\w])/i,
  /@shikijs/,
  /createHighlighter/,
  /codeToHtml|codeToTokens/,
  /tmLanguage/,
  /oniguruma|onig\.wasm|loadWasm/,
  /vscode-textmate/,
  /"?scopeName"?\s*:\s*["']source\./,
  /meta\.function[.\w-]*\.(ts|js|tsx|python|go|rust)/,
  /entity\.name\.function\.[a-z]/,
];

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* jsFiles(file);
    else if (name.endsWith('.js')) yield file;
  }
}

export function scanChunks(distDir) {
  const chunksDir = path.join(distDir, 'static', 'chunks');
  const hits = [];
  let files = 0;
  for (const file of jsFiles(chunksDir)) {
    files += 1;
    const text = readFileSync(file, 'utf8');
    const matched = FINGERPRINTS.filter((re) => re.test(text)).map((re) => text.match(re)[0]);
    if (matched.length) hits.push({ file: path.relative(chunksDir, file), bytes: Buffer.byteLength(text), matched });
  }
  return { files, hits };
}

export async function measureShiki({ distDir }) {
  const { files, hits } = scanChunks(distDir);
  const bytes = hits.reduce((total, h) => total + h.bytes, 0);
  const note = hits.length ? hits.map((h) => `${h.file}: ${h.matched.join(', ')}`).join('; ') : `${files} chunks scanned`;
  return { rows: [row('Shiki/grammar bytes in client chunks', bytes, 'B', { max: 0 }, note)], details: { files, hits } };
}
