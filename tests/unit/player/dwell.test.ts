import { describe, expect, it } from 'vitest';
import { dwellMs, LOOK_MS, MAX_DWELL_MS, MIN_DWELL_MS, MS_PER_WORD, nextSpeed, SPEEDS } from '@/lib/player/dwell';

describe('dwellMs', () => {
  it('reads at 250 words a minute plus a moment to look', () => {
    expect(MS_PER_WORD).toBe(240);
    expect(dwellMs(30)).toBe(30 * 240 + LOOK_MS);
    expect(dwellMs(40)).toBeGreaterThan(dwellMs(30));
  });

  it('never goes below the floor or above the ceiling', () => {
    expect(dwellMs(0)).toBe(MIN_DWELL_MS);
    expect(dwellMs(3)).toBe(MIN_DWELL_MS);
    expect(dwellMs(10_000)).toBe(MAX_DWELL_MS);
  });

  it('caps a full 60-word step at about 12 s at 1×', () => {
    expect(MAX_DWELL_MS).toBe(12_000);
    expect(dwellMs(60)).toBe(12_000);
    expect(dwellMs(60, 2)).toBe(6_000);
  });

  it('divides by the speed', () => {
    expect(dwellMs(30, 2)).toBe(Math.round((30 * 240 + LOOK_MS) / 2));
    expect(dwellMs(0, 2)).toBe(MIN_DWELL_MS / 2);
    expect(dwellMs(30, 0.75)).toBe(Math.round((30 * 240 + LOOK_MS) / 0.75));
  });

  it('treats nonsense as nothing to read at normal speed', () => {
    expect(dwellMs(Number.NaN)).toBe(MIN_DWELL_MS);
    expect(dwellMs(-5)).toBe(MIN_DWELL_MS);
    expect(dwellMs(30, 0)).toBe(dwellMs(30));
    expect(dwellMs(30, Number.POSITIVE_INFINITY)).toBe(dwellMs(30));
  });
});

describe('nextSpeed', () => {
  it('cycles through the speeds and back', () => {
    let speed: number = SPEEDS[0];
    const seen = [speed];
    for (let i = 0; i < SPEEDS.length; i++) seen.push((speed = nextSpeed(speed)));
    expect(seen).toEqual([...SPEEDS, SPEEDS[0]]);
  });

  it('starts the cycle over from an unknown speed', () => {
    expect(nextSpeed(3)).toBe(SPEEDS[0]);
  });
});
