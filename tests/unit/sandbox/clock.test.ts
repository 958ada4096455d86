import { beforeEach, describe, expect, it } from 'vitest';
import { checkAdvance, sandboxNow } from '@/sandbox/clock';
import { MAX_ADVANCE_SECONDS } from '@/sandbox/config';
import { advanceClock } from '@/sandbox/sandbox-id';
import { freshWorld, type World } from './world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

describe('the sandbox clock', () => {
  it('is real time plus the offset, in whole seconds', () => {
    expect(sandboxNow(0, 1_700_000_000_999)).toBe(1_700_000_000);
    expect(sandboxNow(30, 1_700_000_000_000)).toBe(1_700_000_030);
  });

  it.each([-1, 0, 1.5, Number.NaN, '30', null, undefined, MAX_ADVANCE_SECONDS + 1, Number.POSITIVE_INFINITY])(
    'refuses to advance by %s',
    (amount) => {
      expect(() => checkAdvance(amount)).toThrowError(expect.objectContaining({ code: 'bad_request', status: 400 }));
    },
  );

  it('accepts a positive whole number up to the limit', () => {
    expect(checkAdvance(1)).toBe(1);
    expect(checkAdvance(MAX_ADVANCE_SECONDS)).toBe(MAX_ADVANCE_SECONDS);
  });

  it('only moves forward, and two fast-forwards at once both count', async () => {
    const sandbox = await world.sandbox();
    const start = sandbox.now();
    await Promise.all([advanceClock(sandbox, 30), advanceClock(sandbox, 300)]);
    const later = await world.reload(sandbox);
    expect(later.offset).toBe(330);
    expect(later.now()).toBe(start + 330);
    world.wait(5_000);
    expect(later.now()).toBe(start + 335);
  });

  it('keeps each sandbox its own offset', async () => {
    const a = await world.sandbox();
    const b = await world.sandbox();
    await advanceClock(a, 3600);
    expect((await world.reload(a)).offset).toBe(3600);
    expect((await world.reload(b)).offset).toBe(0);
  });
});
