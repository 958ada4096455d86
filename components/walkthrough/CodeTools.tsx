'use client';
// Two buttons over the code: wrap long lines (narrow screens wrap unless the
// reader says otherwise), and copy the code exactly as shown: the lines' text,
// never the line numbers (generated content) nor region markers (stripped on
// the server).
import { useEffect, useRef, useState } from 'react';
import { copyText } from '@/components/share/copy';
import { usePlayerStore } from '@/lib/player/context';
import styles from './Walkthrough.module.css';

/** Below this width code wraps by default; CodePane.module.css uses the same query. */
const NARROW = '(max-width: 40rem)';

type Copied = 'idle' | 'done' | 'failed';

export function CodeTools() {
  const store = usePlayerStore();
  const [copied, setCopied] = useState<Copied>('idle');
  const ref = useRef<HTMLSpanElement>(null);
  const wrapButton = useRef<HTMLButtonElement>(null);

  // Whether the Wrap button is pressed follows the reader's choice, else the
  // screen's width. It is set on the button straight from the store and the
  // media query, as CodePane sets data-wrap: a phone's width differs from the
  // server's guess, and a render to correct it would land in hydration's own
  // long task.
  useEffect(() => {
    const button = wrapButton.current;
    if (!button) return;
    const narrow = typeof matchMedia === 'function' ? matchMedia(NARROW) : undefined;
    const show = () => button.setAttribute('aria-pressed', String(store.getState().wrap ?? narrow?.matches ?? false));
    show();
    narrow?.addEventListener('change', show);
    const stop = store.subscribe((s, prev) => s.wrap !== prev.wrap && show());
    return () => {
      narrow?.removeEventListener('change', show);
      stop();
    };
  }, [store]);

  useEffect(() => {
    if (copied === 'idle') return;
    const timer = setTimeout(() => setCopied('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    // The file on show (a lesson may have several), as its current version reads.
    const lines = ref.current?.closest('[data-player]')?.querySelectorAll('[data-file-panel][data-selected] > pre [data-line]') ?? [];
    const code = Array.from(lines, (line) => line.textContent ?? '').join('\n');
    setCopied((await copyText(code, ref.current ?? undefined)) ? 'done' : 'failed');
  };

  return (
    <span ref={ref} className={styles.tools}>
      <button
        ref={wrapButton}
        type="button"
        className={styles.tool}
        onClick={(event) => store.getState().setWrap(event.currentTarget.getAttribute('aria-pressed') !== 'true')}
      >
        Wrap<span className="visually-hidden"> long lines</span>
      </button>
      <button type="button" className={styles.tool} onClick={copy} data-copied={copied === 'done' ? '' : undefined}>
        {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
        <span className="visually-hidden">{copied === 'idle' ? ' code' : ''}</span>
      </button>
      <span className="visually-hidden" role="status">
        {copied === 'done' ? 'Code copied to the clipboard' : copied === 'failed' ? 'Could not copy the code' : ''}
      </span>
    </span>
  );
}
