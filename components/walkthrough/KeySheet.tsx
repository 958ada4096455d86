'use client';
// The `?` sheet: a small modal dialog listing the keys. Escape or "Close"
// closes it, and focus goes back to where it was.
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { usePlayer, usePlayerStore } from '@/lib/player/context';
import styles from './KeySheet.module.css';

const KEYS: [keys: string[], what: string][] = [
  [['→', '←'], 'Next / previous step'],
  [['Space'], 'Play / pause'],
  [['Home', 'End'], 'First / last step'],
  [['?'], 'Show / hide this sheet'],
  [['Esc'], 'Close this sheet'],
];

export function KeySheet() {
  const store = usePlayerStore();
  const open = usePlayer((s) => s.sheetOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = d.ownerDocument.activeElement instanceof HTMLElement ? d.ownerDocument.activeElement : null;
      // jsdom has no showModal: an open attribute is the closest it gets.
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open) {
      if (d.open) {
        if (typeof d.close === 'function') d.close();
        else d.removeAttribute('open');
      }
      returnTo.current?.focus();
      returnTo.current = null;
    }
  }, [open]);

  const close = () => store.getState().closeSheet();
  // A click on the backdrop lands on the dialog element itself.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <dialog ref={dialog} className={styles.sheet} aria-labelledby={titleId} onClose={close} onClick={onClick}>
      <div className={styles.inner}>
        <h2 id={titleId} className={styles.title}>
          Keyboard shortcuts
        </h2>
        <dl className={styles.list}>
          {KEYS.map(([keys, what]) => (
            <div key={what} className={styles.row}>
              <dt>
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.note}>Click a line to jump to the step that explains it. On a phone, swipe sideways to step.</p>
        <button type="button" className={styles.close} onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
