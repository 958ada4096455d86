import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { fiveSteps } from './fixture';
import { codePane, counter, litLines, makeOverflowing, player, press, shownTitle } from './helpers';

function setup() {
  const { container } = render(<Walkthrough lesson={fiveSteps()} />);
  return player(container);
}

describe('keys', () => {
  it('→ and ← move the step, the counter, the lit lines and the shown text', () => {
    const p = setup();
    expect(counter(p)).toBe('STEP 01 / 05');
    expect(litLines(p)).toEqual([1, 2]);

    press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 02 / 05');
    expect(litLines(p)).toEqual([3, 4, 5]);
    expect(shownTitle(p)).toBe('Check the input');

    press(document.body, 'ArrowRight');
    press(document.body, 'ArrowLeft');
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('stops at both ends', () => {
    const p = setup();
    press(document.body, 'ArrowLeft');
    expect(counter(p)).toBe('STEP 01 / 05');
    for (let i = 0; i < 8; i++) press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 05 / 05');
  });

  it('Home and End go to the first and last step', () => {
    const p = setup();
    press(document.body, 'End');
    expect(counter(p)).toBe('STEP 05 / 05');
    expect(litLines(p)).toEqual([9, 10]);
    press(document.body, 'Home');
    expect(counter(p)).toBe('STEP 01 / 05');
  });

  it('Space toggles play', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    press(document.body, ' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    press(document.body, ' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('Space at the last step plays again from the first', () => {
    const p = setup();
    press(document.body, 'End');
    expect(screen.getByRole('button', { name: 'Play from the start' })).toBeInTheDocument();
    press(document.body, ' ');
    expect(counter(p)).toBe('STEP 01 / 05');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('are ignored while typing in a field', () => {
    const { container } = render(
      <>
        <label>
          Search <input type="text" />
        </label>
        <textarea aria-label="Notes" />
        <div contentEditable suppressContentEditableWarning aria-label="Editor" role="textbox" />
        <Walkthrough lesson={fiveSteps()} />
      </>,
    );
    const p = player(container);
    press(screen.getByRole('textbox', { name: 'Search' }), 'ArrowRight');
    press(screen.getByRole('textbox', { name: 'Notes' }), 'End');
    press(screen.getByRole('textbox', { name: 'Editor' }), ' ');
    expect(counter(p)).toBe('STEP 01 / 05');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('are ignored with a modifier held', () => {
    const p = setup();
    press(document.body, 'ArrowRight', { ctrlKey: true });
    press(document.body, 'ArrowRight', { metaKey: true });
    press(document.body, 'ArrowRight', { altKey: true });
    press(document.body, 'ArrowRight', { shiftKey: true });
    press(document.body, 'End', { ctrlKey: true });
    expect(counter(p)).toBe('STEP 01 / 05');
  });

  it('leave ← and → to a focused code pane that scrolls sideways, but not other keys', () => {
    const p = setup();
    const pane = codePane(p);
    makeOverflowing(pane);
    pane.focus();
    press(pane, 'ArrowRight');
    expect(counter(p)).toBe('STEP 01 / 05');
    press(pane, 'End');
    expect(counter(p)).toBe('STEP 05 / 05');
  });

  it('step from a focused code pane that fits', () => {
    const p = setup();
    const pane = codePane(p);
    pane.focus();
    press(pane, 'ArrowRight');
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('leave Space to a focused button', () => {
    const p = setup();
    const next = screen.getByRole('button', { name: 'Next step' });
    next.focus();
    press(next, ' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    press(next, 'ArrowRight');
    expect(counter(p)).toBe('STEP 02 / 05');
  });

  it('? opens the key sheet, Escape closes it and focus goes back', () => {
    setup();
    const keysButton = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    keysButton.focus();
    press(keysButton, '?', { shiftKey: true });
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet).toHaveAttribute('open');
    expect(keysButton).toHaveAttribute('aria-expanded', 'true');
    press(sheet, 'Escape');
    expect(sheet).not.toHaveAttribute('open');
    expect(document.activeElement).toBe(keysButton);
  });

  it('do not step while the key sheet is open', () => {
    const p = setup();
    press(document.body, '?');
    press(document.body, 'ArrowRight');
    expect(counter(p)).toBe('STEP 01 / 05');
  });
});
