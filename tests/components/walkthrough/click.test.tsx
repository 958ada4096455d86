import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps } from './fixture';
import { counter, line, litLines, player } from './helpers';

describe('clicking', () => {
  it('a line goes to the first step that lights it', async () => {
    const user = userEvent.setup();
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    await user.click(line(p, 7));
    expect(counter(p)).toBe('STEP 03 / 05');
    expect(litLines(p)).toEqual([6, 7]);
    // Line 4 is lit by steps 2 and 4: the first wins.
    await user.click(line(p, 4));
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('a token inside a line counts as the line', async () => {
    const user = userEvent.setup();
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    await user.click(line(p, 9).querySelector('span') as HTMLElement);
    expect(counter(p)).toBe('STEP 05 / 05');
  });

  it('a line no step lights does nothing, and does not look clickable', async () => {
    const user = userEvent.setup();
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    await user.click(line(p, 3));
    await user.click(line(p, 11));
    expect(counter(p)).toBe('STEP 02 / 05');
    expect(line(p, 11)).not.toHaveAttribute('data-step');
    expect(line(p, 3)).toHaveAttribute('data-step', '1');
  });

  it('the buttons step, and say when an end is reached', async () => {
    const user = userEvent.setup();
    const { container } = render(<Walkthrough lesson={fiveSteps()} />);
    const p = player(container);
    const prev = screen.getByRole('button', { name: 'Previous step' });
    expect(prev).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(counter(p)).toBe('STEP 02 / 05');
    expect(prev).not.toHaveAttribute('aria-disabled');
    await user.click(prev);
    expect(counter(p)).toBe('STEP 01 / 05');
  });

  it('the speed button cycles the speed', async () => {
    const user = userEvent.setup();
    render(<Walkthrough lesson={fiveSteps()} />);
    await user.click(screen.getByRole('button', { name: 'Speed 1×' }));
    expect(screen.getByRole('button', { name: 'Speed 1.5×' })).toBeInTheDocument();
  });
});
