// Which file of a walkthrough shows: the tab that says so and its panel, set on
// the DOM directly so a step that moves to another file switches the tab in
// the same task as the key press (the code pane calls this before it lights
// lines, which needs the panel laid out). A reader's click or arrow key on
// the tabs calls it too; the next step brings the step's file back.

/** Marks the tabs and panels of one walkthrough's files. */
export const FILES_ATTR = 'data-files';
export const PANEL_ATTR = 'data-file-panel';
export const TAB_ATTR = 'data-file-tab';

/** Shows file `index` of the walkthrough `within` belongs to; returns its tab, or null when it has no tabs. */
export function showFile(within: Element, index: number): HTMLElement | null {
  const root = within.closest(`[${FILES_ATTR}]`);
  if (!root) return null;
  let selected: HTMLElement | null = null;
  for (const tab of root.querySelectorAll<HTMLElement>(`[${TAB_ATTR}]`)) {
    const on = tab.getAttribute(TAB_ATTR) === String(index);
    if (on) selected = tab;
    if ((tab.getAttribute('aria-selected') === 'true') !== on) tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const panel of root.querySelectorAll<HTMLElement>(`[${PANEL_ATTR}]`)) {
    panel.toggleAttribute('data-selected', panel.getAttribute(PANEL_ATTR) === String(index));
  }
  return selected;
}

/** Takes the light off a pane whose file the current step is not in: browsing to it later shows no stale step. */
export function clearLight(pane: HTMLElement): void {
  for (const line of pane.querySelectorAll('[data-lit]')) line.removeAttribute('data-lit');
  pane.querySelector('[data-bands]')?.replaceChildren();
}
