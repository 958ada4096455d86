// One worker thread (./highlight-worker) for the whole server process, started
// on first use, its jobs answered in order. A thread that dies fails the jobs it
// held and is started again by the next one.
import 'server-only';
import { Worker } from 'node:worker_threads';
import type { LanguageId } from '@/lib/lessons/languages';
import type { HighlightDone, HighlightJob } from './highlight-worker';

/** The route's JSON text (./highlight-wire), and the milliseconds the thread spent on it. */
export interface Highlighted {
  json: string;
  ms: number;
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (done: Highlighted) => void; reject: (error: Error) => void }>;
}

// On globalThis, like the highlighter: dev-server reloads reuse the thread.
const shared = globalThis as typeof globalThis & { __stepwiseHighlightThread?: Thread };
let nextId = 0;

function thread(): Thread {
  if (shared.__stepwiseHighlightThread) return shared.__stepwiseHighlightThread;
  const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url));
  const current: Thread = { worker, pending: new Map() };
  worker.on('message', (done: HighlightDone) => {
    const job = current.pending.get(done.id);
    current.pending.delete(done.id);
    if ('json' in done) job?.resolve({ json: done.json, ms: done.ms });
    else job?.reject(new Error(done.error));
  });
  const fail = (error: Error) => {
    if (shared.__stepwiseHighlightThread === current) shared.__stepwiseHighlightThread = undefined;
    for (const job of current.pending.values()) job.reject(error);
    current.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The highlight thread stopped (exit code ${code}).`)));
  // An idle thread does not keep the process alive.
  worker.unref();
  return (shared.__stepwiseHighlightThread = current);
}

/** The code highlighted on the highlight thread. */
export function highlightOnThread(code: string, language: LanguageId): Promise<Highlighted> {
  const { worker, pending } = thread();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, code, language } satisfies HighlightJob);
  });
}
