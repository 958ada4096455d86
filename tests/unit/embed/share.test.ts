import { describe, expect, test } from 'vitest';
import { readEmbedMessage } from '@/lib/embed/messages';
import { shareLinks } from '@/lib/embed/share';
import { embedIframe, resizeScript } from '@/lib/embed/snippet';
import { sharedPathsOf } from '@/lib/studio/paths';

const base = { origin: 'https://stepwise.example', slug: 'retry-with-backoff', title: 'Retry & <backoff>' };

describe('shareLinks', () => {
  test('on a lesson page: the lesson, this step (1-based) and an embed of this step', () => {
    const links = shareLinks({ ...base, step: 2 });
    expect(links.lesson).toBe('https://stepwise.example/explainers/retry-with-backoff');
    expect(links.step).toBe('https://stepwise.example/explainers/retry-with-backoff?step=3');
    expect(links.embedCode).toContain('<iframe src="https://stepwise.example/embed/retry-with-backoff?step=3"');
    expect(links.embedCode).toContain('title="Stepwise: Retry &amp; &lt;backoff&gt;"');
    expect(links.embedCode).toContain(resizeScript('https://stepwise.example'));
  });

  test('the first step still gets a step link; its embed needs no step parameter', () => {
    const links = shareLinks({ ...base, step: 0 });
    expect(links.step).toBe('https://stepwise.example/explainers/retry-with-backoff?step=1');
    expect(links.embedCode).toContain('src="https://stepwise.example/embed/retry-with-backoff"');
  });

  test("in an embed, the embed code keeps the embed's options", () => {
    const links = shareLinks({ ...base, step: 1, embed: { autoplay: false, theme: 'dark' } });
    expect(links.embedCode).toContain('src="https://stepwise.example/embed/retry-with-backoff?step=2&amp;autoplay=0&amp;theme=dark"');
  });
});

describe('sharedPathsOf: a shared walkthrough shares the address it is read at', () => {
  const paths = { page: '/w/1.abc_-', embed: '/embed/w/1.abc_-' };

  test('from its page, a step page, its embed, with or without a trailing slash', () => {
    for (const at of ['/w/1.abc_-', '/w/1.abc_-/', '/w/1.abc_-/step/3', '/embed/w/1.abc_-']) expect(sharedPathsOf(at)).toEqual(paths);
  });

  test('nothing from any other address', () => {
    for (const at of ['/', '/w/', '/w//step/2', '/w/1.abc/opengraph-image', '/w/1.abc/step/x', '/explainers/w', '/studio', '/x/w/1.abc']) expect(sharedPathsOf(at)).toBeNull();
  });

  test('its links name the walkthrough, never a lesson', () => {
    const links = shareLinks({ ...base, slug: 'w-0123456789ab', step: 1, paths: sharedPathsOf('/w/1.abc_-/step/2')! });
    expect(links.lesson).toBe('https://stepwise.example/w/1.abc_-');
    expect(links.step).toBe('https://stepwise.example/w/1.abc_-?step=2');
    expect(links.embedCode).toContain('src="https://stepwise.example/embed/w/1.abc_-?step=2"');
  });
});

describe('embedIframe', () => {
  test('borderless, lazy, allowed to copy and share', () => {
    const html = embedIframe({ src: 'https://s.example/embed/x', title: 'T', width: 500, height: 400 });
    expect(html).toBe(
      '<iframe src="https://s.example/embed/x" title="T" width="500" height="400" style="border:0;max-width:100%" loading="lazy" allow="clipboard-write; web-share"></iframe>',
    );
  });
});

describe('resizeScript', () => {
  test('checks the origin and the source before resizing', () => {
    const script = resizeScript('https://stepwise.example');
    expect(script).toContain('e.origin!=="https://stepwise.example"');
    expect(script).toContain('f.contentWindow===e.source');
    expect(script).toContain('"stepwise:resize"');
  });

  test('an origin cannot break out of the string', () => {
    expect(resizeScript('https://x.example"+alert(1)+"')).toContain('"https://x.example\\"+alert(1)+\\""');
  });

  test('what it resizes for is what the embed sends', () => {
    expect(readEmbedMessage({ type: 'stepwise:resize', height: 300 })).not.toBeNull();
  });
});
