// What the server sends: the whole lesson, readable without JavaScript.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps, makeLesson } from './fixture';

function html(el: Parameters<typeof renderToStaticMarkup>[0]): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(el), 'text/html');
}

describe('the server HTML', () => {
  it('lists every step in order with its lines named and its text', () => {
    const doc = html(<Walkthrough lesson={fiveSteps()} />);
    const steps = [...doc.querySelectorAll('ol[aria-label="Steps"] > li')];
    expect(steps.map((li) => li.querySelector('h2')?.textContent)).toEqual([
      'Declare the inputs',
      'Check the input',
      'Sign the token',
      'Set the cookie',
      'Answer the request',
    ]);
    expect(steps.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Step 1 · Lines 1–2',
      'Step 2 · Lines 3–5',
      'Step 3 · Lines 6–7',
      'Step 4 · Lines 4, 8',
      'Step 5 · Lines 9–10',
    ]);
    expect(steps[2]?.textContent).toContain('Why step 3 matters.');
  });

  it('sends each line once, numbered, with the steps that light it as badges', () => {
    const doc = html(<Walkthrough lesson={fiveSteps()} />);
    const lines = [...doc.querySelectorAll('[data-line]')];
    expect(lines.map((l) => l.getAttribute('data-line'))).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    const four = doc.querySelector('[data-line="4"]');
    expect(four?.getAttribute('data-badge')).toBe('2 4');
    expect(four?.getAttribute('data-step')).toBe('1');
    expect(doc.querySelector('[data-line="11"]')?.hasAttribute('data-badge')).toBe(false);
    expect(doc.body.innerHTML.split('line7 = 7').length - 1).toBe(1);
  });

  it('shows the header counts and the legend', () => {
    const doc = html(<Walkthrough lesson={fiveSteps()} />);
    expect(doc.querySelector('header')?.textContent).toContain('12 lines · 5 steps');
    expect(doc.body.textContent).toContain('Space play · ←→ step · click any line');
  });

  it('lights the initial step and shows its text', () => {
    const doc = html(<Walkthrough lesson={fiveSteps()} initialStep={2} />);
    expect([...doc.querySelectorAll('[data-lit]')].map((l) => l.getAttribute('data-line'))).toEqual(['6', '7']);
    expect(doc.querySelector('li[data-active] h2')?.textContent).toBe('Sign the token');
    expect(doc.querySelector('[data-counter]')?.textContent).toContain('STEP 03 / 05');
  });

  it('gives each token colour pair one short class, defined once', () => {
    const markup = renderToStaticMarkup(<Walkthrough lesson={fiveSteps()} />);
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    const keyword = doc.querySelector('[data-line="1"] span');
    const name = keyword?.getAttribute('class') ?? '';
    expect(name).toMatch(/^t[0-9a-z]+$/);
    expect(doc.querySelectorAll(`.${name}`)).toHaveLength(12);
    expect(markup.split(`.${name}{--shiki-light:#cf222e;--shiki-dark:#ff7b72}`)).toHaveLength(2);
  });

  it('titles steps at the heading level the page asks for', () => {
    const doc = html(<Walkthrough lesson={fiveSteps()} headingLevel={3} />);
    expect(doc.querySelectorAll('li > h3')).toHaveLength(5);
    expect(doc.querySelectorAll('h2')).toHaveLength(1); // the key sheet's own title
  });

  it('escapes code text', () => {
    const lesson = makeLesson({ steps: [{ title: 'One', lines: [1] }], lineCount: 1 });
    lesson.lines[0] = { number: 1, steps: [0], tokens: [{ content: 'a < b && "c" > d</code><script>' }] };
    const doc = html(<Walkthrough lesson={lesson} />);
    expect(doc.querySelector('[data-line="1"]')?.textContent).toBe('a < b && "c" > d</code><script>');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('names a file by its base name and keeps the path in the label', () => {
    const base = fiveSteps();
    const file = base.files[0]!;
    const source = 'sandbox/session.ts#sign';
    const lesson = { ...base, codeSource: source, files: [{ ...file, name: 'session.ts', versions: [{ ...file.versions[0]!, source }] }] };
    const doc = html(<Walkthrough lesson={lesson} />);
    expect(doc.querySelector('header')?.textContent).toContain('session.ts');
    expect(doc.querySelector('pre')?.getAttribute('aria-label')).toBe('Code: sandbox/session.ts#sign');
  });
});
