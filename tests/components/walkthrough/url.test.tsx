import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps } from './fixture';
import { counter, litLines, player, press } from './helpers';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the step in the URL', () => {
  it('a link with ?step=3 opens at step 3, quietly', () => {
    window.history.replaceState(null, '', '/explainers/x?step=3');
    const { container } = render(<Walkthrough lesson={fiveSteps()} syncUrl />);
    const p = player(container);
    expect(counter(p)).toBe('STEP 03 / 05');
    expect(litLines(p)).toEqual([6, 7]);
    expect(p.querySelector('[aria-live]')).toHaveTextContent(/^$/);
  });

  it('stepping writes ?step=N, keeps other parameters and adds no history entry', async () => {
    window.history.replaceState(null, '', '/explainers/x?ref=feed#top');
    const before = window.history.length;
    render(<Walkthrough lesson={fiveSteps()} syncUrl />);
    press(document.body, 'ArrowRight');
    await waitFor(() => expect(window.location.search).toBe('?ref=feed&step=2'));
    expect(window.location.hash).toBe('#top');
    expect(window.history.length).toBe(before);
  });

  it('out-of-range and malformed values are clamped or ignored', () => {
    window.history.replaceState(null, '', '/?step=99');
    const { container, unmount } = render(<Walkthrough lesson={fiveSteps()} syncUrl />);
    expect(counter(player(container))).toBe('STEP 05 / 05');
    unmount();
    window.history.replaceState(null, '', '/?step=two');
    const again = render(<Walkthrough lesson={fiveSteps()} syncUrl />);
    expect(counter(player(again.container))).toBe('STEP 01 / 05');
  });

  it('is left alone without syncUrl', async () => {
    window.history.replaceState(null, '', '/?step=3');
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    expect(counter(player(container))).toBe('STEP 01 / 05');
    press(document.body, 'ArrowRight');
    await new Promise((r) => setTimeout(r, 200));
    expect(window.location.search).toBe('?step=3');
  });
});
