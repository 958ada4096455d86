import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardImagePath, lessonPath, parseStepNumber, readStepParam, stepPagePath } from '@/lib/lesson-urls';
import { createStepWriter, URL_SETTLE_MS, withStepParam } from '@/lib/player/url';

describe('readStepParam', () => {
  it('turns the 1-based ?step=N into a 0-based step', () => {
    expect(readStepParam('?step=3', 8)).toBe(2);
    expect(readStepParam('?a=1&step=1', 8)).toBe(0);
  });

  it('clamps to the lesson', () => {
    expect(readStepParam('?step=99', 8)).toBe(7);
  });

  it('ignores absent and malformed values', () => {
    for (const search of ['', '?other=1', '?step=', '?step=abc', '?step=-2', '?step=2.5', '?step=1e3', '?step=0', '?step=1000', '?step=9999999'])
      expect(readStepParam(search, 8)).toBeNull();
  });
});

describe('lesson URLs', () => {
  it('name the lesson, and a step 1-based whenever one is given (the first too)', () => {
    expect(lessonPath('jwt')).toBe('/explainers/jwt');
    expect(lessonPath('jwt', 0)).toBe('/explainers/jwt?step=1');
    expect(lessonPath('jwt', 4)).toBe('/explainers/jwt?step=5');
    expect(stepPagePath('jwt', 4)).toBe('/explainers/jwt/step/5');
    expect(cardImagePath('jwt')).toBe('/explainers/jwt/opengraph-image');
    expect(cardImagePath('jwt', 2)).toBe('/explainers/jwt/step/3/opengraph-image');
  });

  it('read a step number with one rule everywhere: 1 to 999, digits only', () => {
    expect(parseStepNumber('1')).toBe(0);
    expect(parseStepNumber(' 12 ')).toBe(11);
    expect(parseStepNumber('999')).toBe(998);
    for (const raw of [null, '', '0', '1000', '-1', '2.5', '1e2', 'x']) expect(parseStepNumber(raw)).toBeNull();
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

  it('writes once the step has settled, in idle time, not during the key press', () => {
    const idle: (() => void)[] = [];
    const writer = createStepWriter(location, history, { schedule: (work) => idle.push(work) });
    writer.write(1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(URL_SETTLE_MS - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([]);
    idle.forEach((work) => work());
    expect(calls).toEqual(['https://x.test/e/a?step=2']);
  });

  it('writes a burst of steps once, with the last step', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    for (let step = 1; step <= 6; step++) {
      writer.write(step);
      vi.advanceTimersByTime(URL_SETTLE_MS / 3);
    }
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(calls).toEqual(['https://x.test/e/a?step=7']);
  });

  it('skips writing an unchanged URL', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    writer.write(0);
    vi.advanceTimersByTime(URL_SETTLE_MS * 2);
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
    expect(() => vi.advanceTimersByTime(URL_SETTLE_MS * 2)).not.toThrow();
  });

  it('drops a pending write when disposed', () => {
    const writer = createStepWriter(location, history, { schedule: soon });
    writer.write(1);
    writer.dispose();
    vi.advanceTimersByTime(URL_SETTLE_MS * 2);
    expect(calls).toEqual([]);
  });

  it('falls back to a timer where there is no idle callback', () => {
    const writer = createStepWriter(location, history);
    writer.write(3);
    vi.advanceTimersByTime(URL_SETTLE_MS * 2);
    expect(calls).toEqual(['https://x.test/e/a?step=4']);
  });
});
