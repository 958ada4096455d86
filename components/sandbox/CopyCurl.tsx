'use client';
// "Copy as curl" with a visible confirmation; if the clipboard is refused, the
// command is shown instead so it can be copied by hand.
import { useState } from 'react';
import { toCurl } from '@/lib/sandbox-client/curl';
import { useCopy } from './useCopy';
import ui from './ui.module.css';
import styles from './Timeline.module.css';

export function CopyCurl({ method, path, body, secure }: { method: string; path: string; body?: unknown; secure: boolean }) {
  const { status, copy } = useCopy();
  const [command, setCommand] = useState('');

  function onClick() {
    const text = toCurl({ method, path, body, secure, origin: window.location.origin });
    setCommand(text);
    void copy(text);
  }

  return (
    <div className={styles.curl}>
      <button type="button" className={ui.small} onClick={onClick}>
        Copy as curl<span className="visually-hidden">: {method} {path}</span>
      </button>
      <span className={styles.copied} role="status">
        {status === 'copied' ? '✓ Copied' : status === 'failed' ? 'The clipboard refused: copy it from below.' : ''}
      </span>
      {status === 'failed' ? (
        <pre className={ui.pre} tabIndex={0} aria-label="curl command">
          {command}
        </pre>
      ) : null}
    </div>
  );
}
