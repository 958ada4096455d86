// No dead links: every internal link and asset on every page the sitemap
// lists, and every lesson's related slugs, answer 200 from the real server.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';

const base = inject('baseURL');

/** Internal `href` and `src` values in a page's HTML, as paths (`/x?y`), entities decoded. */
function internalLinks(html: string): string[] {
  const values = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&'));
  return values.filter((value) => value.startsWith('/') && !value.startsWith('//')).map((value) => value.split('#')[0] as string);
}

/** The status a reader ends on: a protected page's redirect (to its login) counts by where it lands. */
async function status(path: string): Promise<number> {
  const res = await fetch(base + path);
  await res.arrayBuffer();
  return res.status;
}

/** Status of each path, a few at a time (the machine is small). */
async function statuses(paths: string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) result.set(path, await status(path));
    }),
  );
  return result;
}

const notOk = (found: Map<string, number>) => [...found].filter(([, code]) => code !== 200).map(([path, code]) => `${code} ${path}`);

describe('links', () => {
  test('every internal link on every page in the sitemap answers 200', async () => {
    const xml = await (await fetch(`${base}/sitemap.xml`)).text();
    const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const url = new URL(m[1] as string);
      return url.pathname + url.search;
    });
    expect(pages).toContain('/');
    expect(pages.filter((p) => p.startsWith('/explainers/')).length).toBeGreaterThanOrEqual(4);
    const links = new Set<string>();
    const from = new Map<string, string>();
    for (const page of pages) {
      const res = await fetch(base + page, { redirect: 'manual' });
      expect(res.status, page).toBe(200);
      for (const link of internalLinks(await res.text())) {
        links.add(link);
        if (!from.has(link)) from.set(link, page);
      }
    }
    // A lesson page links other lessons, its tags, the sandbox and its own assets.
    expect([...links].some((l) => l.startsWith('/?tag='))).toBe(true);
    expect([...links].some((l) => l.startsWith('/_next/static/'))).toBe(true);
    const broken = notOk(await statuses([...links])).map((line) => `${line} (linked from ${from.get(line.split(' ')[1] as string)})`);
    expect(broken).toEqual([]);
  });

  test("every lesson's related slugs answer 200", async () => {
    // Read from the files themselves (building every lesson here would only repeat the unit tests).
    const slugs = readdirSync('content')
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/${name}`, 'utf8'))?.[1] ?? '';
        return (parse(front) as { related?: string[] }).related ?? [];
      });
    const related = [...new Set(slugs)].map((slug) => `/explainers/${slug}`);
    expect(related.length).toBeGreaterThan(0);
    expect(notOk(await statuses(related))).toEqual([]);
  });

  test('the check itself notices a dead link', async () => {
    expect(notOk(await statuses(['/explainers/no-such-lesson']))).toEqual(['404 /explainers/no-such-lesson']);
  });
});
