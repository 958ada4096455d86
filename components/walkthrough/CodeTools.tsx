'use client';
// Two buttons over the code: wrap long lines (narrow screens wrap unless the
// reader says otherwise), and copy the code exactly as shown: the lines' text,
// never the line numbers (generated content) nor region markers (stripped on
// the server).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { copyText } from '@/components/share/copy';
import { usePlayer, usePlayerStore } from '@/lib/player/context';
import styles from './Walkthrough.module.css';

/** Below this width code wraps by default; CodePane.module.css uses the same query. */
const NARROW = '(max-width: 40rem)';

function watchNarrow(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isNarrow = () => typeof matchMedia === 'function' && matchMedia(NARROW).matches;

type Copied = 'idle' | 'done' | 'failed';

export function CodeTools() {
  const store = usePlayerStore();
  const chosen = usePlayer((s) => s.wrap);
  const narrow = useSyncExternalStore(watchNarrow, isNarrow, () => false);
  const wrapped = chosen ?? narrow;
  const [copied, setCopied] = useState<Copied>('idle');
  const ref = useRef<HTMLSpanElement>(null);

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
      <button type="button" className={styles.tool} aria-pressed={wrapped} onClick={() => store.getState().setWrap(!wrapped)}>
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
