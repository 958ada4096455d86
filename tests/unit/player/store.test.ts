import { describe, expect, it } from 'vitest';
import { createPlayerStore, isRunning } from '@/lib/player/store';

describe('createPlayerStore', () => {
  it('starts at the initial step, clamped, paused unless told to autoplay', () => {
    expect(createPlayerStore({ total: 8 }).getState()).toMatchObject({ step: 0, playing: false, speed: 1, origin: 'initial' });
    expect(createPlayerStore({ total: 8, initialStep: 3 }).getState().step).toBe(3);
    expect(createPlayerStore({ total: 8, initialStep: 40 }).getState().step).toBe(7);
    expect(createPlayerStore({ total: 8, initialStep: -2 }).getState().step).toBe(0);
    expect(createPlayerStore({ total: 8, autoplay: true }).getState().playing).toBe(true);
  });

  it('steps within bounds', () => {
    const s = createPlayerStore({ total: 3 });
    const { next, prev, last, first, goto } = s.getState();
    prev();
    expect(s.getState().step).toBe(0);
    next();
    next();
    next();
    expect(s.getState().step).toBe(2);
    first();
    expect(s.getState().step).toBe(0);
    last();
    expect(s.getState().step).toBe(2);
    goto(1);
    expect(s.getState().step).toBe(1);
    goto(99);
    expect(s.getState().step).toBe(2);
    goto(Number.NaN);
    expect(s.getState().step).toBe(0);
  });

  it('records who moved the step, and does not notify for a move to the same step', () => {
    const s = createPlayerStore({ total: 3 });
    let notified = 0;
    s.subscribe(() => notified++);
    s.getState().goto(0);
    expect(notified).toBe(0);
    s.getState().goto(2, 'restore');
    expect(s.getState().origin).toBe('restore');
    s.getState().prev();
    expect(s.getState().origin).toBe('reader');
  });

  it('plays, pauses and toggles; play at the end starts over', () => {
    const s = createPlayerStore({ total: 3 });
    s.getState().toggle();
    expect(s.getState().playing).toBe(true);
    s.getState().pause();
    expect(s.getState().playing).toBe(false);
    s.getState().last();
    s.getState().play();
    expect(s.getState()).toMatchObject({ step: 0, playing: true });
  });

  it('runs only while playing and seen', () => {
    const s = createPlayerStore({ total: 3, autoplay: true });
    expect(isRunning(s.getState())).toBe(true);
    s.getState().setHidden(true);
    expect(isRunning(s.getState())).toBe(false);
    s.getState().setHidden(false);
    s.getState().setOffscreen(true);
    expect(isRunning(s.getState())).toBe(false);
    expect(s.getState().playing).toBe(true);
  });

  it('accepts sensible speeds only', () => {
    const s = createPlayerStore({ total: 3 });
    s.getState().setSpeed(2);
    expect(s.getState().speed).toBe(2);
    for (const bad of [0, -1, 100, Number.NaN]) s.getState().setSpeed(bad);
    expect(s.getState().speed).toBe(2);
  });

  it('opens, closes and toggles the key sheet', () => {
    const s = createPlayerStore({ total: 3 });
    s.getState().toggleSheet();
    expect(s.getState().sheetOpen).toBe(true);
    s.getState().closeSheet();
    expect(s.getState().sheetOpen).toBe(false);
    s.getState().openSheet();
    expect(s.getState().sheetOpen).toBe(true);
  });

  it('makes independent stores', () => {
    const a = createPlayerStore({ total: 5 });
    const b = createPlayerStore({ total: 5 });
    a.getState().next();
    expect(b.getState().step).toBe(0);
  });

  it('has at least one step', () => {
    const s = createPlayerStore({ total: 0 });
    expect(s.getState().total).toBe(1);
    s.getState().next();
    expect(s.getState().step).toBe(0);
  });
});
