// A walkthrough in a URL: `/w/<data>`, where data is a version tag, a dot and
// the walkthrough's JSON compressed with `deflate` (its Adler-32 checksum turns
// most tampering into an error) in base64url. The platform's CompressionStream
// does the work in the browser and on the server alike: no library to ship.
import { walkthroughSchema, type StudioWalkthrough } from './model';

export const CODEC_VERSION = '1';
/** Longest data we hand out or accept: a link stays well inside every server's and chat app's URL limits. */
export const MAX_DATA_CHARS = 8000;
/** Most JSON a link may inflate to: a small, compressible link cannot become a memory bomb. */
export const MAX_JSON_BYTES = 160 * 1024;

export type DecodeErrorCode = 'too_long' | 'unknown_version' | 'malformed' | 'truncated' | 'too_large' | 'invalid';

export class DecodeError extends Error {
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export type Decoded = { ok: true; walkthrough: StudioWalkthrough } | { ok: false; error: DecodeError };

export async function encodeWalkthrough(walkthrough: StudioWalkthrough): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(walkthrough));
  const packed = await pipe(json, new CompressionStream('deflate'), Infinity);
  return `${CODEC_VERSION}.${toBase64Url(packed)}`;
}

/** How far over the limit a link is, in characters (0 when it fits). */
export const overLimit = (data: string) => Math.max(0, data.length - MAX_DATA_CHARS);

export async function decodeWalkthrough(data: string): Promise<Decoded> {
  try {
    return { ok: true, walkthrough: await decodeOrThrow(data) };
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, error };
    throw error;
  }
}

async function decodeOrThrow(data: string): Promise<StudioWalkthrough> {
  if (data.length > MAX_DATA_CHARS) {
    throw new DecodeError('too_long', `The link carries ${data.length} characters; the most a walkthrough link may carry is ${MAX_DATA_CHARS}.`);
  }
  const dot = data.indexOf('.');
  const version = dot === -1 ? '' : data.slice(0, dot);
  if (version !== CODEC_VERSION) {
    throw new DecodeError('unknown_version', dot === -1 ? 'The link has no version tag: it was cut short or is not a walkthrough link.' : `The link is in format "${version.slice(0, 8)}", which this site does not read.`);
  }
  const bytes = fromBase64Url(data.slice(dot + 1));
  if (!bytes || bytes.length === 0) throw new DecodeError('malformed', 'The link is not valid base64url: it was changed or cut short.');
  let json: Uint8Array;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate'), MAX_JSON_BYTES);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    const message = String((error as Error)?.message ?? error);
    if (/end of|unexpected end|incomplete|truncat/i.test(message)) {
      throw new DecodeError('truncated', 'The link ends too early: it was cut short, perhaps by a chat app or an email client.');
    }
    throw new DecodeError('malformed', 'The link does not decompress: it was changed or damaged.');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new DecodeError('malformed', 'The link decompresses, but not to a walkthrough.');
  }
  const parsed = walkthroughSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw new DecodeError('invalid', `The walkthrough in the link is not valid: ${issue?.message ?? 'unknown problem'}${where}.`);
  }
  return parsed.data;
}

/** Runs bytes through a (de)compression stream, stopping as soon as the output passes `limit`. */
async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the reading side; the write side's own rejection is not a second failure.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new DecodeError('too_large', `The walkthrough in the link unpacks to more than ${Math.round(limit / 1024)} KB.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
