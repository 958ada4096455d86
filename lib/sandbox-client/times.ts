// Durations and moments in words, for a reader watching short-lived tokens.
// All times are sandbox seconds (the claims' unit, on the sandbox clock).

const UNITS: [number, string][] = [
  [86_400, 'd'],
  [3_600, 'h'],
  [60, 'min'],
  [1, 's'],
];

/** 0 s, 45 s, 4 min 10 s, 2 h 5 min, 6 d 23 h: the two largest units that matter. */
export function duration(seconds: number): string {
  let rest = Math.max(0, Math.round(Math.abs(seconds)));
  if (rest === 0) return '0 s';
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    } else if (parts.length > 0) {
      break; // "2 h 5 s" reads worse than "2 h"
    }
  }
  return parts.join(' ');
}

/** "issued 12 s ago" (or "issued in 5 s" for a clock that disagrees). */
export function issuedInWords(iat: number, now: number): string {
  const delta = now - iat;
  return delta >= 0 ? `issued ${duration(delta)} ago` : `issued ${duration(delta)} from now`;
}

/** "expires in 18 s", "expires now", "expired 3 s ago". */
export function expiryInWords(exp: number, now: number): string {
  const left = exp - now;
  if (left > 0) return `expires in ${duration(left)}`;
  if (left === 0) return 'expires now';
  return `expired ${duration(left)} ago`;
}

/** A claim's seconds since the epoch as an ISO-like UTC time, for the tooltip-free reader. */
export function clockTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}
