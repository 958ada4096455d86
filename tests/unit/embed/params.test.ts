import { describe, expect, test } from 'vitest';
import { embedSearch, parseEmbedParams, readAutoplay, readTheme, shouldAutoplay } from '@/lib/embed/params';

describe('parseEmbedParams', () => {
  test('no parameters: plays, first step, system theme', () => {
    expect(parseEmbedParams('', 8)).toEqual({ autoplay: true, step: null, theme: null });
  });

  test('reads all three', () => {
    expect(parseEmbedParams('?autoplay=0&step=3&theme=dark', 8)).toEqual({ autoplay: false, step: 2, theme: 'dark' });
  });

  test('a step past the end is clamped to the last step', () => {
    expect(parseEmbedParams('?step=99', 8).step).toBe(7);
  });

  test.each(['?step=abc', '?step=-2', '?step=2.5', '?step=', '?step=1e3', '?step=0'])('a bad step (%s) is ignored', (search) => {
    expect(parseEmbedParams(search, 8).step).toBeNull();
  });
});

describe('readAutoplay', () => {
  test.each(['0', 'false', 'no', 'off', ' OFF '])('%j turns it off', (raw) => expect(readAutoplay(raw)).toBe(false));
  test.each([null, '', '1', 'true', 'yes', 'maybe', '2'])('%j keeps the default: plays', (raw) => expect(readAutoplay(raw)).toBe(true));
});

describe('readTheme', () => {
  test('light and dark, in any case', () => {
    expect(readTheme('light')).toBe('light');
    expect(readTheme(' Dark ')).toBe('dark');
  });
  test.each([null, '', 'blue', 'system', 'darkish'])('%j follows the system', (raw) => expect(readTheme(raw)).toBeNull());
});

describe('shouldAutoplay', () => {
  const params = { autoplay: true, step: null, theme: null };
  test('plays by default', () => expect(shouldAutoplay(params, 8, false)).toBe(true));
  test('not when asked not to', () => expect(shouldAutoplay({ ...params, autoplay: false }, 8, false)).toBe(false));
  test('not when the reader prefers reduced motion', () => expect(shouldAutoplay(params, 8, true)).toBe(false));
  test('not from the last step (it would jump back to the first)', () => {
    expect(shouldAutoplay({ ...params, step: 7 }, 8, false)).toBe(false);
    expect(shouldAutoplay({ ...params, step: 6 }, 8, false)).toBe(true);
  });
  test('not in a one-step lesson', () => expect(shouldAutoplay(params, 1, false)).toBe(false));
});

describe('embedSearch', () => {
  test('defaults are left out', () => {
    expect(embedSearch({})).toBe('');
    expect(embedSearch({ step: 0, autoplay: true, theme: null })).toBe('');
  });
  test('non-defaults, with the step 1-based', () => {
    expect(embedSearch({ step: 2, autoplay: false, theme: 'dark' })).toBe('?step=3&autoplay=0&theme=dark');
  });
  test('round-trips through parseEmbedParams', () => {
    expect(parseEmbedParams(embedSearch({ step: 4, autoplay: false, theme: 'light' }), 8)).toEqual({ autoplay: false, step: 4, theme: 'light' });
  });
});
