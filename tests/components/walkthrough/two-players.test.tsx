import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps } from './fixture';
import { counter, line, player, press } from './helpers';

describe('two players on one page', () => {
  function setup() {
    const { container } = render(
      <>
        <Walkthrough lesson={fiveSteps('one', 'First lesson')} keyScope="page" />
        <Walkthrough lesson={fiveSteps('two', 'Second lesson')} keyScope="focus" />
      </>,
    );
    return { first: player(container, 'First lesson'), second: player(container, 'Second lesson') };
  }

  it('keep their own step: page keys move the page player only', () => {
    const { first, second } = setup();
    press(document.body, 'ArrowRight');
    expect(counter(first)).toBe('STEP 02 / 05');
    expect(counter(second)).toBe('STEP 01 / 05');
  });

  it('a focus-scoped player takes keys only while focus is inside it, and the page player leaves them', () => {
    const { first, second } = setup();
    const next = within(second).getByRole('button', { name: 'Next step' });
    next.focus();
    press(next, 'End');
    expect(counter(second)).toBe('STEP 05 / 05');
    expect(counter(first)).toBe('STEP 01 / 05');
  });

  it('clicks and buttons act on their own player', async () => {
    const user = userEvent.setup();
    const { first, second } = setup();
    await user.click(line(second, 6));
    await user.click(within(first).getByRole('button', { name: 'Next step' }));
    expect(counter(first)).toBe('STEP 02 / 05');
    expect(counter(second)).toBe('STEP 03 / 05');
  });
});
