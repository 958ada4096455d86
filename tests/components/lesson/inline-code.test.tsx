// Takeaways are plain front-matter text; backticks in them read as code.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InlineCode } from '@/components/lesson/InlineCode';

const html = (text: string) => render(<p><InlineCode text={text} /></p>).container.querySelector('p')!;

describe('InlineCode', () => {
  it('shows backticked spans as code and the rest as text', () => {
    const p = html('Redeem it with `SET NX` and expire it with `PX`.');
    expect([...p.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['SET NX', 'PX']);
    expect(p.textContent).toBe('Redeem it with SET NX and expire it with PX.');
  });

  it('leaves an unpaired backtick as written', () => {
    const p = html('A lone ` stays');
    expect(p.querySelector('code')).toBeNull();
    expect(p.textContent).toBe('A lone ` stays');
  });

  it('never turns text into markup', () => {
    const p = html('`<img src=x onerror=alert(1)>` is text');
    expect(p.querySelector('img')).toBeNull();
    expect(p.querySelector('code')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
