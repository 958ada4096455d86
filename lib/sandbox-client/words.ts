// Small helpers for the page's wording: counts with the right plural, and
// error codes that may break only at their underscores.

/** "1 request", "2 requests"; `many` for irregular plurals. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A code split after each underscore, so a renderer can offer a break there and nowhere else. */
export function codeParts(code: string): string[] {
  return code.split(/(?<=_)/);
}

/** "accessTtl" → the words the settings form uses for it. */
export const SETTING_LABELS = {
  mode: 'Mode',
  accessTtl: 'Access token lifetime',
  refreshTtl: 'Refresh token lifetime',
  idleTimeout: 'Idle timeout',
  absoluteTimeout: 'Absolute timeout',
} as const;

export type SettingName = keyof typeof SETTING_LABELS;

export const isSettingName = (value: unknown): value is SettingName => typeof value === 'string' && value in SETTING_LABELS;
