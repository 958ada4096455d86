import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps } from './fixture';
import { line, player, press } from './helpers';

const live = (el: HTMLElement) => el.querySelector('[aria-live="polite"]') as HTMLElement;

describe('screen readers', () => {
  it('hear nothing on first render, then "Step N of M: <title>" on every change', async () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    expect(live(p)).toHaveTextContent(/^$/);
    press(document.body, 'ArrowRight');
    expect(live(p)).toHaveTextContent('Step 2 of 5: Check the input');
    await userEvent.click(line(p, 9));
    expect(live(p)).toHaveTextContent('Step 5 of 5: Answer the request');
  });

  it('find a labelled, focusable code region and labelled buttons', () => {
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    const pane = screen.getByRole('region', { name: 'Code: TypeScript' });
    expect(pane).toHaveAttribute('tabindex', '0');
    for (const name of ['Previous step', 'Play', 'Next step', 'Speed 1×', 'Keyboard shortcuts', 'Wrap long lines', 'Copy code']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-keyshortcuts', 'Space');
    // Named by their text: the sheet's "Close", Wrap and Copy.
    expect([...p.querySelectorAll('button:not([aria-label])')].map((b) => b.textContent)).toEqual(['Wrap long lines', 'Copy code', 'Close']);
  });
});
