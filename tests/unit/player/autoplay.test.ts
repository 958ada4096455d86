import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachAutoplay } from '@/lib/player/autoplay';
import { dwellMs } from '@/lib/player/dwell';
import { createPlayerStore } from '@/lib/player/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const words = [10, 50, 10];

describe('attachAutoplay', () => {
  it('dwells on each step in proportion to its words, marks moves as autoplay, stops after the last', () => {
    const s = createPlayerStore({ total: 3, autoplay: true });
    const stop = attachAutoplay(s, words);
    vi.advanceTimersByTime(dwellMs(10));
    expect(s.getState()).toMatchObject({ step: 1, origin: 'autoplay' });
    vi.advanceTimersByTime(dwellMs(50) - 1);
    expect(s.getState().step).toBe(1);
    vi.advanceTimersByTime(1);
    expect(s.getState().step).toBe(2);
    vi.advanceTimersByTime(dwellMs(10));
    expect(s.getState()).toMatchObject({ step: 2, playing: false });
    stop();
  });

  it('does nothing while paused, off-screen or hidden', () => {
    const s = createPlayerStore({ total: 3 });
    const stop = attachAutoplay(s, words);
    vi.advanceTimersByTime(60_000);
    expect(s.getState().step).toBe(0);
    s.getState().setOffscreen(true);
    s.getState().play();
    vi.advanceTimersByTime(60_000);
    expect(s.getState().step).toBe(0);
    s.getState().setOffscreen(false);
    vi.advanceTimersByTime(dwellMs(10));
    expect(s.getState().step).toBe(1);
    stop();
  });

  it('restarts the dwell when the speed changes', () => {
    const s = createPlayerStore({ total: 3, autoplay: true });
    const stop = attachAutoplay(s, words);
    vi.advanceTimersByTime(1000);
    s.getState().setSpeed(2);
    vi.advanceTimersByTime(dwellMs(10, 2) - 1);
    expect(s.getState().step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(s.getState().step).toBe(1);
    stop();
  });

  it('stops its clock when detached', () => {
    const s = createPlayerStore({ total: 3, autoplay: true });
    attachAutoplay(s, words)();
    vi.advanceTimersByTime(60_000);
    expect(s.getState().step).toBe(0);
  });

  it('plays a one-step lesson again in full', () => {
    const s = createPlayerStore({ total: 1, autoplay: true });
    const stop = attachAutoplay(s, [10]);
    vi.advanceTimersByTime(dwellMs(10));
    expect(s.getState().playing).toBe(false);
    s.getState().play();
    vi.advanceTimersByTime(dwellMs(10) - 1);
    expect(s.getState().playing).toBe(true);
    vi.advanceTimersByTime(1);
    expect(s.getState().playing).toBe(false);
    stop();
  });
});
