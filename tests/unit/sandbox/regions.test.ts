// The timeline links to regions of sandbox/ files and the lesson imports
// sandbox/session.ts by region: both break silently if a marker moves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/sandbox/events';

function regions(file: string): string[] {
  const names: string[] = [];
  let open: string | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const start = /^\s*\/\/ #region (\S+)\s*$/.exec(line);
    if (start) {
      if (open) throw new Error(`${file}: region ${start[1]} opens inside ${open}`);
      open = start[1];
      names.push(open!);
    } else if (/^\s*\/\/ #endregion\s*$/.test(line)) {
      if (!open) throw new Error(`${file}: #endregion without a region`);
      open = undefined;
    }
  }
  if (open) throw new Error(`${file}: region ${open} never ends`);
  return names;
}

describe('region markers', () => {
  it('sandbox/session.ts has exactly the regions the lesson uses, none nested', () => {
    expect(regions('sandbox/session.ts')).toEqual(['key', 'sign', 'cookie', 'verify', 'errors']);
  });

  it('sandbox/session.ts stays a readable length once the markers are stripped', () => {
    const shown = readFileSync('sandbox/session.ts', 'utf8').trimEnd().split('\n').filter((l) => !/#(end)?region/.test(l));
    expect(shown.length).toBeGreaterThanOrEqual(45);
    expect(shown.length).toBeLessThanOrEqual(60);
  });

  it.each(Object.entries(SOURCES))('the timeline source %s names a region that exists', (_name, source) => {
    expect(regions(source.file)).toContain(source.region);
  });
});
