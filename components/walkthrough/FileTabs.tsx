'use client';
// The files of a walkthrough as a tablist (WAI-ARIA tabs, automatic
// activation): ←/→ move between tabs, Home/End to the first and last, and the
// selected tab follows the step (the code pane sees to that). The keys are
// taken before the player's own listener sees them, so arrows inside the
// tablist never step the lesson.
import { useEffect, useRef } from 'react';
import { showFile, TAB_ATTR } from './file-panels';

export interface FileTabsProps {
  /** The id prefix the panels use: tab `${id}-tab-${i}` controls panel `${id}-panel-${i}`. */
  id: string;
  names: string[];
  /** Full paths, shown as each tab's title. */
  titles: (string | undefined)[];
  selected: number;
  className?: string;
}

export function FileTabs({ id, names, titles, selected, className }: FileTabsProps) {
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const tabs = list.current;
    if (!tabs) return;
    const select = (index: number) => showFile(tabs, index)?.focus();
    const onKey = (event: KeyboardEvent) => {
      const current = Number((event.target as Element).closest?.(`[${TAB_ATTR}]`)?.getAttribute(TAB_ATTR) ?? NaN);
      if (Number.isNaN(current) || event.altKey || event.ctrlKey || event.metaKey) return;
      const last = names.length - 1;
      const to =
        event.key === 'ArrowRight' ? (current + 1) % names.length
        : event.key === 'ArrowLeft' ? (current - 1 + names.length) % names.length
        : event.key === 'Home' ? 0
        : event.key === 'End' ? last
        : null;
      if (to === null) return;
      // Handled here: the player's key listener skips prevented events.
      event.preventDefault();
      event.stopPropagation();
      select(to);
    };
    const onClick = (event: MouseEvent) => {
      const tab = (event.target as Element).closest?.(`[${TAB_ATTR}]`);
      if (tab) showFile(tabs, Number(tab.getAttribute(TAB_ATTR)));
    };
    tabs.addEventListener('keydown', onKey);
    tabs.addEventListener('click', onClick);
    return () => {
      tabs.removeEventListener('keydown', onKey);
      tabs.removeEventListener('click', onClick);
    };
  }, [names.length]);

  return (
    <div ref={list} className={className} role="tablist" aria-label="Files">
      {names.map((name, i) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`${id}-tab-${i}`}
          aria-controls={`${id}-panel-${i}`}
          aria-selected={i === selected}
          tabIndex={i === selected ? 0 : -1}
          title={titles[i]}
          {...{ [TAB_ATTR]: i }}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
