// Progress in this browser (lib/progress) as the lesson page uses it through
// ResumeOffer: saved once the reader settles on a step, offered back on the
// next visit, done at the last step. With storage that throws (private modes,
// blocked storage) or none at all, the page works the same, saves nothing and
// raises nothing.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResumeOffer } from '@/components/lesson/ResumeOffer';
import { Walkthrough } from '@/components/walkthrough';
import { clearProgress, PROGRESS_KEY, readProgress, recordStep } from '@/lib/progress';
import { fiveSteps } from '../walkthrough/fixture';
import { counter, player, press } from '../walkthrough/helpers';

/** What ResumeOffer waits for before it saves a step (its SETTLE_MS, and a little more). */
const SETTLED_MS = 500;

function lessonPage() {
  const { container, unmount } = render(
    <Walkthrough lesson={fiveSteps()}>
      <ResumeOffer slug="fixture" />
    </Walkthrough>,
  );
  return { player: player(container), unmount };
}

function stepTo(p: HTMLElement, presses: number) {
  for (let i = 0; i < presses; i++) press(document.body, 'ArrowRight');
  act(() => vi.advanceTimersByTime(SETTLED_MS));
  return counter(p);
}

/** A Storage whose every call throws, as Safari's private mode and blocked storage do. */
const throwing: Storage = {
  length: 0,
  clear: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  key: () => null,
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
};

beforeEach(() => {
  vi.useFakeTimers();
  window.localStorage.clear();
  // jsdom lays nothing out and has no scrollIntoView; Resume scrolls the player into view with it.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('the progress store, with storage', () => {
  it('keeps the last step per lesson; the last step marks it done for good', () => {
    recordStep('a', 2, 5);
    expect(readProgress()).toEqual({ a: { step: 2, done: false } });
    recordStep('a', 4, 5);
    recordStep('a', 1, 5);
    recordStep('b', 0, 3);
    expect(readProgress()).toEqual({ a: { step: 1, done: true }, b: { step: 0, done: false } });
    clearProgress();
    expect(readProgress()).toEqual({});
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('drops what does not look like progress instead of failing on it', () => {
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify({ a: { step: 1, done: false }, b: { step: -1, done: false }, c: 'x', d: { step: 2 } }));
    expect(readProgress()).toEqual({ a: { step: 1, done: false } });
    window.localStorage.setItem(PROGRESS_KEY, '{not json');
    expect(readProgress()).toEqual({});
  });

  it('on the lesson page: a settled step is saved, and the next visit offers it back', () => {
    const first = lessonPage();
    expect(stepTo(first.player, 2)).toBe('STEP 03 / 05');
    expect(readProgress().fixture).toEqual({ step: 2, done: false });
    first.unmount();

    const again = lessonPage();
    fireEvent.click(screen.getByRole('button', { name: 'Resume at step 3' }));
    expect(counter(again.player)).toBe('STEP 03 / 05');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(stepTo(again.player, 2)).toBe('STEP 05 / 05');
    expect(readProgress().fixture).toEqual({ step: 4, done: true });
  });
});

describe('the progress store, without storage', () => {
  it('storage that throws: nothing is saved, everything reads as no progress, nothing throws', () => {
    expect(() => recordStep('a', 4, 5, throwing)).not.toThrow();
    expect(readProgress(throwing)).toEqual({});
    expect(() => clearProgress(throwing)).not.toThrow();
    expect(() => recordStep('a', 1, 5, null)).not.toThrow();
    expect(readProgress(null)).toEqual({});
  });

  it('a page whose localStorage throws on every call: stepping works, no offer, no error', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(throwing.getItem);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(throwing.setItem);
    const errors = vi.spyOn(console, 'error');
    const page = lessonPage();
    expect(screen.queryByRole('button', { name: /^Resume/ })).toBeNull();
    expect(stepTo(page.player, 4)).toBe('STEP 05 / 05');
    expect(setItem).toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('a page where localStorage itself cannot be touched (a sandboxed frame): the same', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const errors = vi.spyOn(console, 'error');
    const page = lessonPage();
    expect(screen.queryByRole('button', { name: /^Resume/ })).toBeNull();
    expect(stepTo(page.player, 3)).toBe('STEP 04 / 05');
    expect(readProgress()).toEqual({});
    expect(errors).not.toHaveBeenCalled();
  });
});
