'use client';
// The code as a list of lines to pick from: click (or tap) a line, shift-click
// or drag for a range; with the keys, ↑/↓ move, Shift+↑/↓ extend, Space or Enter
// selects. The active step's lines are lit as the player will light them.
import { useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { tokenClass } from '@/components/walkthrough/code-html';
import { TokenStyle } from '@/components/walkthrough/TokenStyle';
import type { CodeToken } from '@/lib/lessons/types';
import styles from './Studio.module.css';

export interface CodeLinesProps {
  id: string;
  lines: string[];
  tokens: CodeToken[][] | null;
  selection: readonly number[];
  lit: readonly number[];
  /** The line keyboard selection moves from (the listbox's active option). */
  cursor: number;
  onCursor(line: number): void;
  onSelect(line: number, extend: boolean): void;
}

const SAFE_STYLE = /^[\w\s#:;.,()%-]+$/;

export function CodeLines({ id, lines, tokens, selection, lit, cursor, onCursor, onSelect }: CodeLinesProps) {
  const dragging = useRef(false);
  /** The line a finger came down on, until it lifts or scrolls. */
  const touched = useRef(0);
  const selected = new Set(selection);
  const litSet = new Set(lit);

  const lineOf = (event: PointerEvent<HTMLElement>) => Number((event.target as Element).closest('[data-n]')?.getAttribute('data-n') ?? 0);

  const onPointerDown = (event: PointerEvent<HTMLOListElement>) => {
    const line = lineOf(event);
    if (!line || event.button !== 0) return;
    // A finger on a line may be the start of a scroll: it selects when it lifts (onPointerUp).
    if (event.pointerType === 'touch') {
      touched.current = line;
      return;
    }
    event.preventDefault();
    pick(event.currentTarget, line, event.shiftKey);
    dragging.current = true;
  };
  const onPointerOver = (event: PointerEvent<HTMLOListElement>) => {
    const line = lineOf(event);
    if (dragging.current && line) {
      onCursor(line);
      onSelect(line, true);
    }
  };
  const onPointerUp = (event: PointerEvent<HTMLOListElement>) => {
    // Lifted where it landed, with no scroll between (a scroll cancels the pointer): a tap.
    if (touched.current && touched.current === lineOf(event)) pick(event.currentTarget, touched.current, false);
    stop();
  };
  /** Focus without scrolling: the line is where the reader pointed, and a scroll would move another line under the pointer. */
  const pick = (list: HTMLOListElement, line: number, extend: boolean) => {
    list.focus({ preventScroll: true });
    onCursor(line);
    onSelect(line, extend);
  };
  const stop = () => {
    dragging.current = false;
    touched.current = 0;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = Math.max(1, Math.min(lines.length, cursor + move));
      onCursor(next);
      if (event.shiftKey) onSelect(next, true);
      document.getElementById(`${id}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onSelect(cursor, event.shiftKey);
    } else if (event.key === 'Escape' && selection.length) {
      event.preventDefault();
      onSelect(-1, false);
    }
  };

  return (
    <>
      {tokens ? <TokenStyle lines={tokens.map((t) => ({ tokens: t }))} /> : null}
      <ol
        id={id}
        className={styles.lines}
        role="listbox"
        aria-multiselectable="true"
        aria-label="Code lines: select lines for a step"
        aria-activedescendant={lines.length ? `${id}-${cursor}` : undefined}
        tabIndex={0}
        style={{ '--digits': String(lines.length).length } as CSSProperties}
        onPointerDown={onPointerDown}
        onPointerOver={onPointerOver}
        onPointerUp={onPointerUp}
        onPointerCancel={stop}
        onPointerLeave={stop}
        onKeyDown={onKeyDown}
      >
        {lines.map((text, i) => {
          const n = i + 1;
          return (
            <li
              key={n}
              id={`${id}-${n}`}
              role="option"
              aria-selected={selected.has(n)}
              data-n={n}
              data-lit={litSet.has(n) ? '' : undefined}
              data-cursor={n === cursor ? '' : undefined}
            >
              {tokens?.[i] ? tokens[i].map((t, k) => (t.style && SAFE_STYLE.test(t.style) ? <span key={k} className={tokenClass(t.style)}>{t.content}</span> : t.content)) : text}
              {text === '' ? ' ' : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
