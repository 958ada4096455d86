// The page's keys belong to the player the reader is looking at: at least
// half of it in view (or half the screen filled by it), or focus inside it.
import { act, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps } from './fixture';
import { counter, player, press } from './helpers';

const observers: FakeObserver[] = [];
class FakeObserver {
  target?: Element;
  constructor(public callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(target: Element) {
    this.target = target;
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}

/** Reports `root` as showing `ratio` of itself, its visible part `height` px tall in a 900 px viewport. */
function seen(root: Element, ratio: number, height = ratio * 600) {
  const observer = observers.find((o) => o.target === root);
  if (!observer) throw new Error('no observer for this player');
  act(() =>
    observer.callback(
      [
        {
          target: root,
          isIntersecting: ratio > 0,
          intersectionRatio: ratio,
          intersectionRect: { height } as DOMRectReadOnly,
          rootBounds: { height: 900 } as DOMRectReadOnly,
        } as IntersectionObserverEntry,
      ],
      observer as unknown as IntersectionObserver,
    ),
  );
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  observers.length = 0;
});

describe('keys and the player in view', () => {
  it('a player scrolled mostly out of view leaves the keys to the browser', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    seen(p, 0.3);
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    document.body.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(false);
    press(document.body, 'End');
    press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 01 / 05');
    seen(p, 0.6);
    press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('a player taller than the screen takes the keys while it fills at least half of it', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    seen(p, 0.4, 500);
    press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('focus inside the player keeps the keys even when it is out of view', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    seen(p, 0);
    const next = within(p).getByRole('button', { name: 'Next step' });
    next.focus();
    press(next, 'End');
    expect(counter(p)).toBe('STEP 05 / 05');
  });

  it('of two page players, the one in view takes the keys', () => {
    const { container } = render(
      <>
        <Walkthrough lesson={fiveSteps('one', 'First lesson')} />
        <Walkthrough lesson={fiveSteps('two', 'Second lesson')} />
      </>,
    );
    const first = player(container, 'First lesson');
    const second = player(container, 'Second lesson');
    seen(first, 0.1);
    seen(second, 0.9);
    press(document.body, 'ArrowRight');
    expect(counter(first)).toBe('STEP 01 / 05');
    expect(counter(second)).toBe('STEP 02 / 05');
    // Both half in view: the one more in view, and only one of them.
    seen(first, 0.8);
    press(document.body, 'ArrowRight');
    expect(counter(first)).toBe('STEP 01 / 05');
    expect(counter(second)).toBe('STEP 03 / 05');
    seen(first, 1);
    press(document.body, 'ArrowRight');
    expect(counter(first)).toBe('STEP 02 / 05');
    expect(counter(second)).toBe('STEP 03 / 05');
  });
});
