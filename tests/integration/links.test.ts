// No dead links: every internal link and asset on every page the sitemap
// lists, every lesson's related slugs, every course and the lessons it lists,
// and every sandbox scenario URL (each lesson's "Try it", each one the sandbox
// page lists) answer 200 from the real server.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { SCENARIOS } from '@/sandbox/scenarios';

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

/** Front matter of every lesson file, read from the files themselves (building every lesson here would only repeat the unit tests). */
const fronts = readdirSync('content')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/${name}`, 'utf8'))?.[1] ?? '';
    return { slug: name.slice(0, -'.mdx'.length), ...(parse(front) as { related?: string[]; sandbox?: string }) };
  });

/** The `<a>` tags carrying `attribute`, with their href (entities decoded) and that attribute's value. */
function anchors(html: string, attribute: string): { href: string; value: string }[] {
  return [...html.matchAll(/<a\s[^>]*>/g)].flatMap(([tag]) => {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag)?.[1];
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    return value === undefined || href === undefined ? [] : [{ href: href.replaceAll('&amp;', '&'), value }];
  });
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
    const slugs = fronts.flatMap((front) => front.related ?? []);
    const related = [...new Set(slugs)].map((slug) => `/explainers/${slug}`);
    expect(related.length).toBeGreaterThan(0);
    expect(notOk(await statuses(related))).toEqual([]);
  });

  test('every course page, and every lesson a course lists, answers 200', async () => {
    const courses = readdirSync('content')
      .filter((name) => name.endsWith('.course.yaml'))
      .map((name) => ({ slug: name.slice(0, -'.course.yaml'.length), ...(parse(readFileSync(`content/${name}`, 'utf8')) as { lessons: string[] }) }));
    expect(courses.map((c) => c.slug)).toContain('jwt-sessions-nextjs');
    const paths = courses.flatMap((course) => [`/courses/${course.slug}`, ...course.lessons.map((slug) => `/explainers/${slug}`)]);
    expect(notOk(await statuses(paths))).toEqual([]);
  });

  test("every lesson's Try-it link opens a scenario the sandbox page lists, and every listed scenario URL answers 200", async () => {
    const sandbox = await (await fetch(`${base}/sandbox`)).text();
    const listed = anchors(sandbox, 'data-scenario-link').map((a) => ({ href: a.href, name: a.value }));
    expect(listed.map((s) => s.name).sort()).toEqual(SCENARIOS.map((s) => s.name).sort());
    const withScenario = fronts.filter((front) => front.sandbox);
    expect(withScenario.length).toBeGreaterThan(0);
    const tryIts: string[] = [];
    for (const front of withScenario) {
      const html = await (await fetch(`${base}/explainers/${front.slug}`)).text();
      const href = anchors(html, 'data-try-it')[0]?.href;
      expect(href, `${front.slug}: its "Try it in the sandbox" link`).toBe(`/sandbox?scenario=${front.sandbox}`);
      expect(listed.map((s) => s.href), `${front.slug}: sandbox: ${front.sandbox}`).toContain(href);
      tryIts.push(href!);
    }
    expect(notOk(await statuses([...new Set([...tryIts, ...listed.map((s) => s.href)])]))).toEqual([]);
  });

  test('the check itself notices a dead link', async () => {
    expect(notOk(await statuses(['/explainers/no-such-lesson']))).toEqual(['404 /explainers/no-such-lesson']);
  });
});
