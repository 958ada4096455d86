import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStepWriter, readStepParam, URL_WRITE_INTERVAL_MS, withStepParam } from '@/lib/player/url';

describe('readStepParam', () => {
  it('turns the 1-based ?step=N into a 0-based step', () => {
    expect(readStepParam('?step=3', 8)).toBe(2);
    expect(readStepParam('?a=1&step=1', 8)).toBe(0);
  });

  it('clamps to the lesson', () => {
    expect(readStepParam('?step=99', 8)).toBe(7);
    expect(readStepParam('?step=0', 8)).toBe(0);
  });

  it('ignores absent and malformed values', () => {
    for (const search of ['', '?other=1', '?step=', '?step=abc', '?step=-2', '?step=2.5', '?step=1e3', '?step=9999999'])
      expect(readStepParam(search, 8)).toBeNull();
  });
});

describe('withStepParam', () => {
  it('sets ?step=N (1-based) and keeps other parameters and the hash', () => {
    expect(withStepParam('https://x.test/e/a?ref=feed#top', 3)).toBe('https://x.test/e/a?ref=feed&step=4#top');
    expect(withStepParam('https://x.test/e/a?step=2', 4)).toBe('https://x.test/e/a?step=5');
  });

  it('drops the parameter for the first step', () => {
    expect(withStepParam('https://x.test/e/a?step=4&ref=feed', 0)).toBe('https://x.test/e/a?ref=feed');
  });
});

describe('createStepWriter', () => {
  let location: { href: string };
  let calls: string[];
  const history = {
    replaceState(_data: unknown, _unused: string, url?: string | URL | null) {
      calls.push(String(url));
      location.href = String(url);
    },
  };
  // Stands in for idle time: runs the work on the next timer tick.
  const soon = (work: () => void) => setTimeout(work, 0);

  beforeEach(() => {
    vi.useFakeTimers();
    location = { href: 'https://x.test/e/a' };
    calls = [];
  });
  afterEach(() => vi.useRealTimers());

  it('writes once the browser is idle, not during the key press', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    writer.write(1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(calls).toEqual(['https://x.test/e/a?step=2']);
  });

  it('coalesces a burst into writes at most once per interval, ending with the last step', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    writer.write(1);
    vi.advanceTimersByTime(0);
    writer.write(2);
    writer.write(3);
    vi.advanceTimersByTime(0);
    writer.write(4);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(calls).toEqual(['https://x.test/e/a?step=2', 'https://x.test/e/a?step=5']);
  });

  it('skips writing an unchanged URL', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    writer.write(0);
    vi.advanceTimersByTime(0);
    expect(calls).toEqual([]);
  });

  it('survives a browser refusing the write', () => {
    const refusing = {
      replaceState: () => {
        throw new Error('SecurityError');
      },
    };
    const writer = createStepWriter(location, refusing, { schedule: soon });
    writer.write(2);
    expect(() => vi.advanceTimersByTime(0)).not.toThrow();
  });

  it('drops a pending write when disposed', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    writer.write(1);
    writer.dispose();
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS * 2);
    expect(calls).toEqual([]);
  });

  it('falls back to a timer where there is no idle callback', () => {
    const writer = createStepWriter(location, history);
    writer.write(3);
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['https://x.test/e/a?step=4']);
  });
});
