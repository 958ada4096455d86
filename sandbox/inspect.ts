// Decoding a token for display only. decodeJwt and decodeProtectedHeader check
// nothing (no signature, no claims), so nothing here decides whether a token
// is good; and since anyone can send anything, nothing here may throw.
import { decodeJwt, decodeProtectedHeader } from 'jose';

export interface DecodedToken {
  /** The three base64url segments, for colour-coding; null unless there are exactly three. */
  parts: { header: string; payload: string; signature: string } | null;
  header: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
}

function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

export function decodeForDisplay(token: string): DecodedToken {
  const segments = token.split('.');
  const [header = '', payload = '', signature = ''] = segments;
  return {
    parts: segments.length === 3 ? { header, payload, signature } : null,
    header: attempt(() => decodeProtectedHeader(token) as Record<string, unknown>),
    payload: attempt(() => decodeJwt(token) as Record<string, unknown>),
  };
}
