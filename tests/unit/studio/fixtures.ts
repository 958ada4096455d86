import type { StudioWalkthrough } from '@/lib/studio/model';

/** A small, valid walkthrough: five lines of TypeScript, three steps. */
export function sample(): StudioWalkthrough {
  return {
    title: 'Retry once',
    files: [
      {
        name: 'retry.ts',
        language: 'typescript',
        code: ['export async function once<T>(work: () => Promise<T>): Promise<T> {', '  try {', '    return await work();', '  } catch {', '    return work();', '  }', '}'].join('\n'),
      },
    ],
    steps: [
      { title: 'The signature', lines: '1', body: 'Takes **work** and returns its promise.', file: 0 },
      { title: 'First try', lines: '2-3', body: 'Run it once.', file: 0 },
      { title: 'Second try', lines: '4-5', body: 'On failure, run it [again](https://example.com/retry).', file: 0 },
    ],
  };
}
