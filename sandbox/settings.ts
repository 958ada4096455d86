// Per-sandbox settings: the mode and the four durations, each within bounds.
// A request may change any subset; anything unknown or out of bounds is a 400.
import { z } from 'zod';
import { SETTINGS_BOUNDS, type Settings } from './config';
import { SandboxError } from './errors';

const seconds = (name: keyof typeof SETTINGS_BOUNDS) => {
  const [min, max] = SETTINGS_BOUNDS[name];
  return z
    .number()
    .int(`${name} must be a whole number of seconds`)
    .min(min, `${name} must be at least ${min} s`)
    .max(max, `${name} must be at most ${max} s`);
};

const settingsPatch = z
  .object({
    mode: z.enum(['stateless', 'stateful']),
    accessTtl: seconds('accessTtl'),
    refreshTtl: seconds('refreshTtl'),
    idleTimeout: seconds('idleTimeout'),
    absoluteTimeout: seconds('absoluteTimeout'),
  })
  .partial()
  .strict();

/** The current settings with the patch applied, or a 400 naming what is wrong. */
export function applySettings(current: Settings, patch: unknown): Settings {
  const parsed = settingsPatch.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    const error = new SandboxError('bad_request', `${where}${issue?.message ?? 'invalid settings'}`);
    const field = issue?.path[0];
    throw typeof field === 'string' && field in settingsPatch.shape ? error.about(field) : error;
  }
  return { ...current, ...parsed.data };
}
