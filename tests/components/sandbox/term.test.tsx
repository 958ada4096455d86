import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, Term } from '@/components/sandbox/Term';

// WCAG 1.4.13, content on hover or focus: dismissible, hoverable, persistent.
function renderTerm() {
  render(
    <p>
      The <Term name="jti" /> claim, and a <button type="button">next</button> control.
    </p>,
  );
  const word = screen.getByText('jti');
  const tip = screen.getByRole('tooltip', { hidden: true });
  return { word, tip };
}

describe('glossary tips', () => {
  it('shows on keyboard focus, names the word’s description, and Escape dismisses it without moving focus', async () => {
    const { word, tip } = renderTerm();
    expect(tip).not.toBeVisible();
    await userEvent.tab();
    expect(word).toHaveFocus();
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent(GLOSSARY.jti);
    expect(word).toHaveAccessibleDescription(GLOSSARY.jti);
    await userEvent.keyboard('{Escape}');
    expect(tip).not.toBeVisible();
    expect(word).toHaveFocus();
    // Leaving and coming back shows it again.
    await userEvent.tab();
    await userEvent.tab({ shift: true });
    expect(word).toHaveFocus();
    expect(tip).toBeVisible();
  });

  it('shows on hover, stays while the pointer moves onto the tip, and Escape dismisses it while hovered', async () => {
    const { word, tip } = renderTerm();
    await userEvent.hover(word);
    expect(tip).toBeVisible();
    await userEvent.hover(tip);
    expect(tip).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(tip).not.toBeVisible();
    await userEvent.unhover(tip);
    await userEvent.hover(word);
    expect(tip).toBeVisible();
    await userEvent.unhover(word);
    expect(tip).not.toBeVisible();
  });
});
