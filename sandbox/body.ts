// Reading the few body fields the routes take, with one error for anything off.
import { LIMITS } from './config';
import { SandboxError } from './errors';

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
}

/** A token from the body: a string of at most 4 KB, or undefined when absent. */
export function tokenField(body: unknown, name = 'token'): string | undefined {
  const value = field(body, name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new SandboxError('bad_request', `${name} must be a string.`);
  if (new TextEncoder().encode(value).length > LIMITS.tokenBytes) {
    throw new SandboxError('bad_request', `${name} is larger than ${LIMITS.tokenBytes} bytes.`);
  }
  return value;
}

/** One of the given words, the first being the default when absent. */
export function choiceField<T extends string>(body: unknown, name: string, choices: readonly [T, ...T[]]): T {
  const value = field(body, name);
  if (value === undefined) return choices[0];
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new SandboxError('bad_request', `${name} must be one of ${choices.join(', ')}.`);
}

export function numberField(body: unknown, name: string): unknown {
  return field(body, name);
}
