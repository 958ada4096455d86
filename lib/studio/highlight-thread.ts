// The highlight threads (./highlight-worker): two where the machine has two
// cores, started on first use, each answering its jobs in order. A long file is
// split in two and both halves run at once (see "halves" in
// lib/lessons/highlight.ts), which about halves the wait. A thread that dies
// fails the jobs it held and is started again by the next one.
import 'server-only';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LanguageId } from '@/lib/lessons/languages';
import type { CodeToken } from '@/lib/lessons/types';
import type { HighlightDone, HighlightJob } from './highlight-worker';
import { toWire } from './highlight-wire';

/** The route's JSON text (./highlight-wire), and the milliseconds the threads spent on it. */
export interface Highlighted {
  json: string;
  ms: number;
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (done: Part) => void; reject: (error: Error) => void }>;
}

type Part = { lines: CodeToken[][]; ms: number };

const THREADS = Math.min(2, availableParallelism());
/** Shorter files go whole to one thread: below this, a split saves less than it costs. */
const SPLIT_LINES = 60;

// On globalThis, like the highlighter: dev-server reloads reuse the threads.
const shared = globalThis as typeof globalThis & { __stepwiseHighlightThreads?: (Thread | undefined)[] };
let nextId = 0;

function thread(slot: number): Thread {
  const threads = (shared.__stepwiseHighlightThreads ??= []);
  const running = threads[slot];
  if (running) return running;
  const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url));
  const current: Thread = { worker, pending: new Map() };
  worker.on('message', (done: HighlightDone) => {
    const job = current.pending.get(done.id);
    current.pending.delete(done.id);
    if ('lines' in done) job?.resolve({ lines: done.lines, ms: done.ms });
    else job?.reject(new Error(done.error));
  });
  const fail = (error: Error) => {
    if (threads[slot] === current) threads[slot] = undefined;
    for (const job of current.pending.values()) job.reject(error);
    current.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The highlight thread stopped (exit code ${code}).`)));
  // An idle thread does not keep the process alive.
  worker.unref();
  return (threads[slot] = current);
}

/** The thread with the fewest jobs waiting (a thread not yet started has none). */
function leastBusy(): number {
  const waiting = (slot: number) => shared.__stepwiseHighlightThreads?.[slot]?.pending.size ?? 0;
  return THREADS > 1 && waiting(1) < waiting(0) ? 1 : 0;
}

function run(slot: number, job: HighlightJob): Promise<Part> {
  const { worker, pending } = thread(slot);
  return new Promise((resolve, reject) => {
    pending.set(job.id, { resolve, reject });
    worker.postMessage(job);
  });
}

/**
 * Where to cut: near the middle, at a line that starts flush left after a blank
 * line or a closing bracket, where a file is most likely at its top level. Any
 * line is correct (the head checks); this one is the likeliest to save time.
 */
export function splitLine(lines: readonly string[]): number {
  const middle = Math.floor(lines.length / 2);
  const reach = Math.floor(lines.length / 4);
  const fits = (i: number) => /^\S/.test(lines[i] ?? '') && /^(\s*$|[}\])])/.test(lines[i - 1] ?? 'x');
  for (let d = 0; d <= reach; d++) {
    if (fits(middle + d)) return middle + d;
    if (fits(middle - d)) return middle - d;
  }
  return middle;
}

/** The code highlighted off the event loop: in two halves at once when it is long and there are two threads. */
export async function highlightOnThread(code: string, language: LanguageId): Promise<Highlighted> {
  const lines = code.split(/\r?\n/);
  const id = () => ++nextId;
  let parts: Part[];
  if (THREADS < 2 || lines.length < SPLIT_LINES) {
    parts = [await run(leastBusy(), { id: id(), lines, language, part: 'whole' })];
  } else {
    const splitAt = splitLine(lines);
    const [head, tail] = await Promise.all([
      run(0, { id: id(), lines, language, part: 'head', splitAt }),
      run(1, { id: id(), lines: lines.slice(splitAt), language, part: 'tail' }),
    ]);
    // A head that did not end at the top level carried on through every line itself.
    parts = head.lines.length === lines.length ? [head, { lines: [], ms: tail.ms }] : [head, tail];
  }
  const tokens = parts.flatMap((part) => part.lines);
  return { json: JSON.stringify(toWire(language, tokens)), ms: parts.reduce((total, part) => total + part.ms, 0) };
}
