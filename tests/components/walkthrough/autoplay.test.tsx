import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { dwellMs } from '@/lib/player/dwell';
import { fiveSteps } from './fixture';
import { counter, player, press, setVisibility } from './helpers';

// Steps 1–4 have 20 words, step 5 has 60.
const SHORT = dwellMs(20);
const LONG = dwellMs(60);

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

describe('autoplay', () => {
  it('advances after the dwell, and not before', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    press(document.body, ' ');
    wait(SHORT - 1);
    expect(counter(p)).toBe('STEP 01 / 05');
    wait(1);
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('stops at the last step, after its dwell', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} autoplay />);
    const p = player(container);
    wait(SHORT * 4);
    expect(counter(p)).toBe('STEP 05 / 05');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    wait(LONG);
    expect(screen.getByRole('button', { name: 'Play from the start' })).toBeInTheDocument();
    wait(LONG * 3);
    expect(counter(p)).toBe('STEP 05 / 05');
  });

  it('keeps what is left of a dwell across a pause', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} autoplay />);
    const p = player(container);
    wait(SHORT - 1000);
    press(document.body, ' ');
    wait(SHORT * 2);
    expect(counter(p)).toBe('STEP 01 / 05');
    press(document.body, ' ');
    wait(999);
    expect(counter(p)).toBe('STEP 01 / 05');
    wait(1);
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('restarts the dwell when the reader steps', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} autoplay />);
    const p = player(container);
    wait(SHORT - 100);
    press(document.body, 'ArrowRight');
    wait(200);
    expect(counter(p)).toBe('STEP 02 / 05');
    wait(SHORT - 200);
    expect(counter(p)).toBe('STEP 03 / 05');
  });

  it('pauses while the tab is hidden and resumes when it is back', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} autoplay />);
    const p = player(container);
    wait(1000);
    setVisibility('hidden');
    wait(SHORT * 3);
    expect(counter(p)).toBe('STEP 01 / 05');
    // Still playing: the reader did not pause.
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => setVisibility('visible'));
    wait(SHORT - 1000);
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('goes faster at a higher speed', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} autoplay />);
    const p = player(container);
    act(() => screen.getByRole('button', { name: 'Speed 1×' }).click());
    act(() => screen.getByRole('button', { name: 'Speed 1.5×' }).click());
    wait(dwellMs(20, 2));
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('shows the dwell as a progress bar that runs only while playing', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const fill = () => container.querySelector<HTMLElement>('[data-fill]');
    expect(fill()?.style.animationDuration).toBe(`${SHORT}ms`);
    expect(fill()?.style.animationPlayState).toBe('paused');
    press(document.body, ' ');
    const running = fill();
    expect(running?.style.animationPlayState).toBe('running');
    // Opening the key sheet changes other state: the same bar keeps going.
    press(document.body, '?');
    expect(fill()).toBe(running);
  });
});
