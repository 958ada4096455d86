import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { dwellMs } from '@/lib/player/dwell';
import { fiveSteps, makeLesson } from './fixture';
import { counter, litLines, player, press } from './helpers';

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('lifecycle', () => {
  it('in Strict Mode (effects run twice) keeps one clock, one key listener and one URL read', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?step=2');
    const { container } = render(
      <StrictMode>
        <Walkthrough lesson={fiveSteps()} autoplay syncUrl />
      </StrictMode>,
    );
    const p = player(container);
    expect(counter(p)).toBe('STEP 02 / 05');
    press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 03 / 05');
    act(() => vi.advanceTimersByTime(dwellMs(20) - 1));
    expect(counter(p)).toBe('STEP 03 / 05');
    act(() => vi.advanceTimersByTime(1));
    expect(counter(p)).toBe('STEP 04 / 05');
  });

  it('starts afresh when the page swaps in another lesson', () => {
    const other = makeLesson({
      slug: 'other',
      title: 'A fixture lesson',
      steps: [
        { title: 'Only', lines: [2] },
        { title: 'Then', lines: [3] },
      ],
    });
    const { container, rerender } = render(<Walkthrough lesson={fiveSteps()} />);
    press(document.body, 'End');
    expect(counter(player(container))).toBe('STEP 05 / 05');
    rerender(<Walkthrough lesson={other} />);
    const p = player(container);
    expect(counter(p)).toBe('STEP 01 / 02');
    expect(litLines(p)).toEqual([2]);
    press(document.body, 'End');
    expect(counter(p)).toBe('STEP 02 / 02');
  });

  it('stops listening when unmounted', () => {
    const { container, unmount } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    unmount();
    expect(() => press(document.body, 'ArrowRight')).not.toThrow();
    expect(counter(p)).toBe('STEP 01 / 05');
  });
});
