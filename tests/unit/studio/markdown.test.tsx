// Step text from a link: Markdown without raw HTML, safe links only.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { languageForFileName } from '@/lib/studio/file-language';
import { Markdown, safeHref } from '@/lib/studio/markdown';

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe('safe Markdown', () => {
  test('the usual Markdown becomes the usual elements', () => {
    expect(html('Some **bold**, *em* and `code`.')).toBe('<p>Some <strong>bold</strong>, <em>em</em> and <code>code</code>.</p>');
    expect(html('- a\n- b')).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html('3. x\n4. y')).toBe('<ol start="3"><li>x</li><li>y</li></ol>');
    expect(html('```\n<b>x</b>\n```')).toBe('<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>');
  });

  test('raw HTML is text, never markup', () => {
    const out = html('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(2)> there');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  test('links: http(s) and relative keep their href with rel; anything else loses it', () => {
    expect(html('[a](https://example.com/x)')).toBe('<p><a href="https://example.com/x" rel="nofollow noopener noreferrer">a</a></p>');
    expect(html('[a](/explainers)')).toBe('<p><a href="/explainers" rel="nofollow noopener noreferrer">a</a></p>');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,hi', 'vbscript:x', 'file:///etc/passwd']) {
      const out = html(`[a](${bad})`);
      expect(out, bad).not.toContain('href');
    }
    expect(safeHref(' java\tscript:alert(1)')).toBeNull();
    expect(safeHref('#top')).toBe('#top');
    expect(safeHref('//example.com/x')).toBe('//example.com/x');
  });

  test('images become their alt text: a shared page fetches nothing a link names', () => {
    expect(html('![a pixel](https://tracker.example/p.png)')).toBe('<p>a pixel</p>');
  });

  test('headings read as strong lines (the page keeps its outline)', () => {
    expect(html('# Big')).toBe('<p><strong>Big</strong></p>');
  });
});

describe('language from a file name', () => {
  test.each([
    ['retry.ts', 'typescript'],
    ['App.TSX', 'tsx'],
    ['a.mjs', 'javascript'],
    ['a.cjs', 'javascript'],
    ['main.go', 'go'],
    ['lib.rs', 'rust'],
    ['run.sh', 'bash'],
    ['q.sql', 'sql'],
    ['x.py', 'python'],
    ['notes.txt', null],
    ['Makefile', null],
  ])('%s → %s', (name, language) => {
    expect(languageForFileName(name)).toBe(language);
  });
});
