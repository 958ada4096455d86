// The highlighter's budget (lib/studio/highlight-budget.ts), its rules one at a
// time: work is a promise the test settles, so "under way" is exact.
import { beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_TIME, MAX_QUEUED, MAX_UNDER_WAY, withinBudget } from '@/lib/studio/highlight-budget';
import { freshWorld, type World } from '../sandbox/world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

/** A piece of highlighting the test finishes when it likes, saying how long it took. */
function job() {
  let finish!: (ms: number) => void;
  const done = new Promise<{ ms: number }>((resolve) => (finish = (ms) => resolve({ ms })));
  return { work: () => done, finish };
}

/** Starts `count` jobs for `client` (each past the store read, so counted) and returns their handles and outcomes. */
async function start(client: string, count: number) {
  const jobs = Array.from({ length: count }, () => job());
  const outcomes = jobs.map((j) => withinBudget(client, j.work));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { jobs, outcomes };
}

describe('withinBudget', () => {
  it('runs work and charges its time; past the time a minute it refuses until the window ends', async () => {
    const first = await withinBudget('ip:1', async () => ({ ms: HIGHLIGHT_TIME.maxMs - 1 }));
    expect(first).toEqual({ ok: true, value: { ms: HIGHLIGHT_TIME.maxMs - 1 } });
    // Under the limit by a millisecond: one more runs, however long it takes.
    expect((await withinBudget('ip:1', async () => ({ ms: 40 }))).ok).toBe(true);
    const refused = await withinBudget('ip:1', async () => ({ ms: 1 }));
    expect(refused).toMatchObject({ ok: false, reason: 'time', usedMs: HIGHLIGHT_TIME.maxMs + 39 });
    // Another client is not charged for it.
    expect((await withinBudget('ip:2', async () => ({ ms: 1 }))).ok).toBe(true);
    world.wait(HIGHLIGHT_TIME.windowMs);
    expect((await withinBudget('ip:1', async () => ({ ms: 1 }))).ok).toBe(true);
  });

  it(`lets one client have ${MAX_UNDER_WAY} pieces under way; the next is refused as busy until one ends`, async () => {
    const { jobs, outcomes } = await start('busy:1', MAX_UNDER_WAY);
    expect(await withinBudget('busy:1', async () => ({ ms: 1 }))).toEqual({ ok: false, reason: 'busy' });
    expect((await withinBudget('busy:2', async () => ({ ms: 1 }))).ok).toBe(true);
    jobs[0]?.finish(5);
    await outcomes[0];
    expect((await withinBudget('busy:1', async () => ({ ms: 1 }))).ok).toBe(true);
    for (const j of jobs) j.finish(5);
    expect((await Promise.all(outcomes)).every((outcome) => outcome.ok)).toBe(true);
  });

  it(`caps the work waiting across all clients at ${MAX_QUEUED}: then anyone is refused as full, until some ends`, async () => {
    const clients = Math.ceil(MAX_QUEUED / MAX_UNDER_WAY);
    const started = await Promise.all(Array.from({ length: clients }, (_, i) => start(`full:${i}`, MAX_UNDER_WAY)));
    expect(started.length * MAX_UNDER_WAY).toBe(MAX_QUEUED);
    // A client with nothing under way is turned away too: the queue is the process's.
    expect(await withinBudget('full:new', async () => ({ ms: 1 }))).toEqual({ ok: false, reason: 'full' });
    started[0]?.jobs[0]?.finish(5);
    await started[0]?.outcomes[0];
    expect((await withinBudget('full:new', async () => ({ ms: 1 }))).ok).toBe(true);
    for (const { jobs } of started) for (const j of jobs) j.finish(5);
    await Promise.all(started.flatMap(({ outcomes }) => outcomes));
    // Everything ended, so the count is back to zero: a full queue's worth starts again.
    const again = await start('full:again', MAX_UNDER_WAY);
    expect(await withinBudget('full:other', async () => ({ ms: 1 }))).toMatchObject({ ok: true });
    for (const j of again.jobs) j.finish(1);
    await Promise.all(again.outcomes);
  });

  it('frees its place when the work fails', async () => {
    const failures = Array.from({ length: MAX_UNDER_WAY }, () => withinBudget('fails:1', () => Promise.reject(new Error('thread stopped'))));
    for (const failure of failures) await expect(failure).rejects.toThrow('thread stopped');
    const { jobs, outcomes } = await start('fails:1', MAX_UNDER_WAY);
    expect(await withinBudget('fails:1', async () => ({ ms: 1 }))).toEqual({ ok: false, reason: 'busy' });
    for (const j of jobs) j.finish(1);
    await Promise.all(outcomes);
  });
});
