import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { dwellMs } from '@/lib/player/dwell';
import { fiveSteps } from './fixture';
import { codePane, counter, makeOverflowing, player } from './helpers';

function swipe(target: Element, dx: number, dy = 0) {
  fireEvent.touchStart(target, { touches: [{ clientX: 200, clientY: 300 }] });
  fireEvent.touchEnd(target, { changedTouches: [{ clientX: 200 + dx, clientY: 300 + dy }] });
}

describe('touch', () => {
  it('a horizontal swipe steps: left → next, right → previous', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    swipe(p, -80);
    swipe(p, -80);
    expect(counter(p)).toBe('STEP 03 / 05');
    swipe(p, 80, 10);
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('short or vertical moves do not step', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    swipe(p, -30);
    swipe(p, -60, 120);
    expect(counter(p)).toBe('STEP 01 / 05');
  });

  it('a swipe on the code steps too, unless it scrolled the code sideways', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    const pane = codePane(p);
    const line3 = pane.querySelector('[data-line="3"]') as Element;
    swipe(line3, -80);
    expect(counter(p)).toBe('STEP 02 / 05');
    // Long lines, unwrapped: the same finger movement scrolls the code instead.
    makeOverflowing(pane);
    fireEvent.touchStart(line3, { touches: [{ clientX: 200, clientY: 300 }] });
    pane.scrollLeft = 80;
    fireEvent.touchEnd(line3, { changedTouches: [{ clientX: 120, clientY: 300 }] });
    expect(counter(p)).toBe('STEP 02 / 05');
    // Scrolled to its end, the pane does not move: the swipe steps.
    swipe(line3, -80);
    expect(counter(p)).toBe('STEP 03 / 05');
  });
});

describe('off-screen', () => {
  const observers: { callback: IntersectionObserverCallback; target?: Element }[] = [];
  class FakeObserver {
    constructor(public callback: IntersectionObserverCallback) {
      observers.push(this);
    }
    target?: Element;
    observe(target: Element) {
      this.target = target;
    }
    disconnect() {}
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  const show = (visible: boolean) =>
    act(() => {
      for (const o of observers)
        o.callback(
          [{ isIntersecting: visible, intersectionRatio: visible ? 1 : 0, target: o.target } as IntersectionObserverEntry],
          o as unknown as IntersectionObserver,
        );
    });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    observers.length = 0;
  });

  it('autoplay waits while the player is out of view and resumes when it is back', () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container } = render(<Walkthrough lesson={fiveSteps()} autoplay />);
    const p = player(container);
    expect(observers.at(-1)?.target).toBe(p);
    show(false);
    act(() => vi.advanceTimersByTime(dwellMs(20) * 3));
    expect(counter(p)).toBe('STEP 01 / 05');
    show(true);
    act(() => vi.advanceTimersByTime(dwellMs(20)));
    expect(counter(p)).toBe('STEP 02 / 05');
  });
});
