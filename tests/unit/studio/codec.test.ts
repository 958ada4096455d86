import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CODEC_VERSION, decodeWalkthrough, encodeWalkthrough, MAX_DATA_CHARS, overLimit } from '@/lib/studio/codec';
import { sample } from './fixtures';

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const raw = (value: unknown) => `${CODEC_VERSION}.${base64url(deflateSync(Buffer.from(JSON.stringify(value))))}`;

async function errorOf(data: string) {
  const decoded = await decodeWalkthrough(data);
  if (decoded.ok) throw new Error('expected the data to be refused');
  return decoded.error;
}

describe('share-link codec', () => {
  test('round trip: what is encoded decodes to the same walkthrough', async () => {
    const walkthrough = sample();
    const data = await encodeWalkthrough(walkthrough);
    expect(data).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const decoded = await decodeWalkthrough(data);
    expect(decoded).toEqual({ ok: true, walkthrough });
  });

  test('unicode and every character survive', async () => {
    const walkthrough = sample();
    walkthrough.title = 'Ünïcødé → 日本語 😀 <b>&amp;</b>';
    walkthrough.files[0]!.code = 'const s = "\\u0000 \t tab";\n// ✓';
    walkthrough.steps = [{ title: 'ok', lines: '1-2', body: '`<script>`', file: 0 }];
    expect(await decodeWalkthrough(await encodeWalkthrough(walkthrough))).toEqual({ ok: true, walkthrough });
  });

  test('compresses: repetitive code makes a link much shorter than its JSON', async () => {
    const walkthrough = sample();
    walkthrough.files[0]!.code = Array.from({ length: 300 }, (_, i) => `const value${i} = compute(${i});`).join('\n');
    const data = await encodeWalkthrough(walkthrough);
    expect(data.length).toBeLessThan(JSON.stringify(walkthrough).length / 3);
  });

  test('the version tag is required and checked', async () => {
    const data = await encodeWalkthrough(sample());
    expect((await errorOf(data.slice(2))).code).toBe('unknown_version');
    expect((await errorOf(`2${data.slice(1)}`)).code).toBe('unknown_version');
    expect((await errorOf(`2${data.slice(1)}`)).message).toContain('"2"');
  });

  test('truncated data is refused as truncated', async () => {
    const data = await encodeWalkthrough(sample());
    const error = await errorOf(data.slice(0, Math.floor(data.length * 0.7)));
    expect(['truncated', 'malformed']).toContain(error.code);
    expect((await errorOf(data.slice(0, -6))).code).toBe('truncated');
  });

  test('tampered data is refused (the checksum or the schema catches it)', async () => {
    const data = await encodeWalkthrough(sample());
    for (const at of [10, Math.floor(data.length / 2), data.length - 3]) {
      const flipped = data[at] === 'A' ? 'B' : 'A';
      const decoded = await decodeWalkthrough(data.slice(0, at) + flipped + data.slice(at + 1));
      expect(decoded.ok).toBe(false);
    }
    expect((await errorOf('1.not*base64')).code).toBe('malformed');
    expect((await errorOf('1.')).code).toBe('malformed');
  });

  test('valid compression of something that is not a walkthrough is invalid, with the reason', async () => {
    expect((await errorOf(raw({ title: 'x' }))).code).toBe('invalid');
    const extra = { ...sample(), script: '<script>' };
    expect((await errorOf(raw(extra))).code).toBe('invalid');
    const regex = sample();
    regex.steps[0]!.lines = '/(a+)+$/';
    const error = await errorOf(raw(regex));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/patterns/);
  });

  test('size limits: a link over the limit, and a small link that inflates past the cap', async () => {
    expect((await errorOf(`1.${'A'.repeat(MAX_DATA_CHARS)}`)).code).toBe('too_long');
    // 1 MB of spaces compresses to about a kilobyte: a decompression bomb in miniature.
    const bomb = `${CODEC_VERSION}.${base64url(deflateSync(Buffer.alloc(1024 * 1024, 32)))}`;
    expect(bomb.length).toBeLessThan(MAX_DATA_CHARS);
    expect((await errorOf(bomb)).code).toBe('too_large');
    const big = sample();
    big.files[0]!.code = 'x\n'.repeat(401);
    expect((await errorOf(raw(big))).code).toBe('invalid');
  });

  test('overLimit says how far over the link is', () => {
    expect(overLimit('x'.repeat(MAX_DATA_CHARS))).toBe(0);
    expect(overLimit('x'.repeat(MAX_DATA_CHARS + 123))).toBe(123);
  });
});
