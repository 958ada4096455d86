'use client';
// Copies exactly the token: the three parts and two dots, nothing else (the
// coloured view around it carries hidden labels for screen readers).
import { useCopy } from './useCopy';
import ui from './ui.module.css';

export function CopyToken({ token, label }: { token: string; label: string }) {
  const { status, copy } = useCopy();
  return (
    <span className={ui.copy}>
      <button type="button" className={ui.small} onClick={() => void copy(token)} data-copy-token="">
        Copy<span className="visually-hidden"> the {label}</span>
      </button>
      <span role="status" className={ui.copied}>
        {status === 'copied' ? '✓ Copied' : status === 'failed' ? 'The clipboard refused: select the token and copy it.' : ''}
      </span>
    </span>
  );
}
