// Several files as tabs that follow the step, a reader browsing another tab,
// clicking a line in any file, and stepping across version changes and back.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '@/components/walkthrough';
import { counter, litLines, player, press } from './helpers';
import { HANDLER, MOVING, twoFiles } from './files-fixture';

const setup = () => {
  const { container } = render(<Walkthrough lesson={twoFiles()} />);
  return player(container, 'Two files');
};
const tab = (name: string) => screen.getByRole('tab', { name });
const panelOf = (name: string) => document.getElementById(tab(name).getAttribute('aria-controls')!)!;
const shownPanel = (p: HTMLElement) => p.querySelector<HTMLElement>('[data-file-panel][data-selected]')!;
const handlerPane = () => within(panelOf('handler.ts')).getByRole('region');
/** The handler pane as the reader sees it: the text of each numbered line, in order. */
const shownCode = () =>
  [...handlerPane().querySelectorAll<HTMLElement>('[data-line]')].map((row) => `${row.getAttribute('data-line')}:${row.textContent}`);
const marked = (change: string) => [...handlerPane().querySelectorAll(`[data-change="${change}"]`)].map((row) => row.textContent);

describe('several files', () => {
  it('shows the files as a tablist whose selected tab follows the step, lighting lines in that file', async () => {
    const p = setup();
    expect(screen.getByRole('tablist', { name: 'Files' })).toBeInTheDocument();
    expect(tab('route.ts')).toHaveAttribute('aria-selected', 'true');
    expect(tab('handler.ts')).toHaveAttribute('aria-selected', 'false');
    expect(shownPanel(p)).toBe(panelOf('route.ts'));
    expect(panelOf('route.ts')).toHaveAttribute('role', 'tabpanel');
    press(document, 'ArrowRight');
    expect(counter(p)).toBe('STEP 02 / 05');
    expect(tab('handler.ts')).toHaveAttribute('aria-selected', 'true');
    expect(tab('route.ts')).toHaveAttribute('aria-selected', 'false');
    expect(shownPanel(p)).toBe(panelOf('handler.ts'));
    expect(litLines(handlerPane())).toEqual([2]);
    press(document, 'End');
    expect(tab('route.ts')).toHaveAttribute('aria-selected', 'true');
    expect(litLines(within(panelOf('route.ts')).getByRole('region'))).toEqual([4]);
  });

  it('a reader may open another tab; the next step brings the step’s file back', async () => {
    const user = userEvent.setup();
    const p = setup();
    await user.click(tab('handler.ts'));
    expect(shownPanel(p)).toBe(panelOf('handler.ts'));
    expect(counter(p)).toBe('STEP 01 / 05');
    await user.click(tab('route.ts'));
    press(document, 'ArrowRight');
    press(document, 'ArrowRight');
    press(document, 'ArrowRight');
    press(document, 'ArrowRight');
    expect(counter(p)).toBe('STEP 05 / 05');
    await user.click(tab('handler.ts'));
    press(document, 'ArrowLeft');
    expect(counter(p)).toBe('STEP 04 / 05');
    expect(shownPanel(p)).toBe(panelOf('handler.ts'));
    press(document, 'ArrowRight');
    expect(shownPanel(p)).toBe(panelOf('route.ts'));
  });

  it('arrow keys inside the tablist move between tabs and never step the lesson', async () => {
    const user = userEvent.setup();
    const p = setup();
    await user.click(tab('route.ts'));
    await user.keyboard('{ArrowRight}');
    expect(tab('handler.ts')).toHaveFocus();
    expect(tab('handler.ts')).toHaveAttribute('aria-selected', 'true');
    expect(tab('handler.ts')).toHaveAttribute('tabindex', '0');
    expect(tab('route.ts')).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowRight}');
    expect(tab('route.ts')).toHaveFocus();
    await user.keyboard('{End}');
    expect(tab('handler.ts')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tab('route.ts')).toHaveFocus();
    expect(counter(p)).toBe('STEP 01 / 05');
  });

  it('clicking a line in another file goes to the first step that lights it', async () => {
    const user = userEvent.setup();
    const p = setup();
    await user.click(tab('handler.ts'));
    await user.click(handlerPane().querySelector('[data-line="2"]')!);
    expect(counter(p)).toBe('STEP 02 / 05');
    expect(litLines(handlerPane())).toEqual([2]);
    await user.click(tab('route.ts'));
    await user.click(within(panelOf('route.ts')).getByRole('region').querySelector('[data-line="4"]')!);
    expect(counter(p)).toBe('STEP 05 / 05');
  });

  it('without JavaScript each step names its file (and version), and every file is there under its name', () => {
    const p = setup();
    const places = [...p.querySelectorAll('ol[aria-label="Steps"] > li > p')].map((el) => el.textContent);
    expect(places).toEqual([
      'Step 1 · route.ts · Lines 1–2',
      'Step 2 · handler.ts · version 1 · Line 2',
      'Step 3 · handler.ts · version 2 · Line 2',
      'Step 4 · handler.ts · version 3 · Line 3',
      'Step 5 · route.ts · Line 4',
    ]);
    expect([...p.querySelectorAll('[data-file-panel] > p')].map((el) => el.textContent)).toEqual(['route.ts', 'handler.ts']);
  });
});

describe('versions', () => {
  it('stepping into a new version shows its lines, marks the added ones and lets the removed ones go; stepping back restores it', () => {
    const p = setup();
    press(document, 'ArrowRight');
    expect(shownCode()).toEqual(HANDLER[0]!.map((text, i) => `${i + 1}:${text}`));
    press(document, 'ArrowRight');
    expect(counter(p)).toBe('STEP 03 / 05');
    expect(shownCode()).toEqual(HANDLER[1]!.map((text, i) => `${i + 1}:${text}`));
    expect(marked('added')).toEqual(['const claims = await verify(token);']);
    expect(marked('removed')).toEqual(['const claims = decode(token);']);
    expect(litLines(handlerPane())).toEqual([2]);
    press(document, 'ArrowRight');
    expect(shownCode()).toEqual(HANDLER[2]!.map((text, i) => `${i + 1}:${text}`));
    expect(marked('added')).toEqual(['pin(claims);']);
    expect(marked('removed')).toEqual([]);
    expect(litLines(handlerPane())).toEqual([3]);
    // Back: the earlier version, the line that came now leaving.
    press(document, 'ArrowLeft');
    expect(shownCode()).toEqual(HANDLER[1]!.map((text, i) => `${i + 1}:${text}`));
    expect(marked('removed')).toEqual(['pin(claims);']);
    expect(marked('added')).toEqual([]);
    press(document, 'Home');
    press(document, 'ArrowRight');
    expect(shownCode()).toEqual(HANDLER[0]!.map((text, i) => `${i + 1}:${text}`));
    expect(marked('added')).toEqual(['const claims = decode(token);']);
  });

  it('a line that moves is marked as moved, not struck out and added, both ways', () => {
    const { container } = render(<Walkthrough lesson={twoFiles(MOVING)} />);
    const p = player(container, 'Two files');
    press(document, 'ArrowRight');
    press(document, 'ArrowRight');
    expect(counter(p)).toBe('STEP 03 / 05');
    expect(shownCode()).toEqual(MOVING[1]!.map((text, i) => `${i + 1}:${text}`));
    expect(marked('moved')).toEqual(['log(token);']);
    expect(marked('added')).toEqual([]);
    expect(marked('removed')).toEqual([]);
    press(document, 'ArrowLeft');
    expect(shownCode()).toEqual(MOVING[0]!.map((text, i) => `${i + 1}:${text}`));
    expect(marked('moved')).toEqual(['log(token);']);
    expect(marked('added')).toEqual([]);
    // A jump over versions has no move data: the line leaves and comes like any other.
    press(document, 'End');
    press(document, 'Home');
    press(document, 'ArrowRight');
    press(document, 'ArrowRight');
    press(document, 'ArrowRight');
    expect(marked('removed')).toEqual(['log(token);']);
    const versions = within(panelOf('handler.ts')).getByRole('list', { name: 'Versions of handler.ts' });
    expect(within(versions).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent)).toEqual([
      'handler.ts · version 1 · step 2',
      'handler.ts · version 2 · step 3 · 0 added, 0 removed, 1 moved',
      'handler.ts · version 3 · step 4 · 0 added, 1 removed',
    ]);
  });

  it('under reduced motion the added lines are still marked, and removed lines simply go', () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), addEventListener() {}, removeEventListener() {} })) as never;
    try {
      const p = setup();
      press(document, 'ArrowRight');
      press(document, 'ArrowRight');
      expect(counter(p)).toBe('STEP 03 / 05');
      expect(marked('added')).toEqual(['const claims = await verify(token);']);
      expect(marked('removed')).toEqual([]);
    } finally {
      window.matchMedia = original;
    }
  });

  it('without JavaScript every version is listed in order with its changes marked', () => {
    setup();
    const versions = within(panelOf('handler.ts')).getByRole('list', { name: 'Versions of handler.ts' });
    const items = within(versions).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'handler.ts · version 1 · step 2',
      'handler.ts · version 2 · step 3 · 1 added, 1 removed',
      'handler.ts · version 3 · step 4 · 1 added, 0 removed',
    ]);
    const second = items[1]!;
    expect([...second.querySelectorAll('[data-change="removed"]')].map((r) => r.textContent)).toEqual(['const claims = decode(token);']);
    expect([...second.querySelectorAll('[data-change="added"]')].map((r) => r.textContent)).toEqual(['const claims = await verify(token);']);
    expect(second.querySelector('[data-change="added"]')).toHaveAttribute('data-badge', '3');
  });
});
