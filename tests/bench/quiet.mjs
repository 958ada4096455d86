// A measurement waits for a quiet machine: the step before it (Lighthouse's
// browsers, a load run, a build) can leave processes working for seconds
// after it returns, and a timing taken meanwhile measures them, not us.
import { readFileSync } from 'node:fs';

/** Jiffies spent idle and in all, over every CPU, from the first line of /proc/stat. */
function cpuTimes() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: fields[3] + (fields[4] ?? 0), total: fields.reduce((sum, n) => sum + n, 0) };
}

/**
 * Resolves once the CPUs were at least `idleShare` idle over one `windowMs`,
 * or after `maxMs` whatever they were doing; the milliseconds it waited.
 */
export async function waitForQuiet({ idleShare = 0.85, windowMs = 1000, maxMs = 60_000 } = {}) {
  if (process.platform !== 'linux') return 0;
  const started = Date.now();
  for (;;) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuTimes();
    const idle = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (idle >= idleShare || Date.now() - started >= maxMs) return Date.now() - started;
  }
}
