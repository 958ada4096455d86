import { describe, expect, it } from 'vitest';
import { swipeAction } from '@/lib/player/swipe';

describe('swipeAction', () => {
  it('steps on a horizontal swipe longer than 40 px', () => {
    expect(swipeAction(-60, 10)).toBe('next');
    expect(swipeAction(60, -10)).toBe('prev');
  });

  it('ignores short and mostly vertical moves', () => {
    expect(swipeAction(-40, 0)).toBeNull();
    expect(swipeAction(-60, 80)).toBeNull();
    expect(swipeAction(0, 200)).toBeNull();
  });
});
