'use client';
// Share: the whole walkthrough compressed into a link (/w/<data>); nothing is
// stored on a server. A link over the limit says by how much and what to trim.
import { useState } from 'react';
import { copyText } from '@/components/share/copy';
import { encodeWalkthrough, MAX_DATA_CHARS, overLimit } from '@/lib/studio/codec';
import type { StudioWalkthrough } from '@/lib/studio/model';
import { sharedPath } from '@/lib/studio/paths';
import styles from './Studio.module.css';

type Status = { kind: 'ok'; url: string; copied: boolean } | { kind: 'error'; message: string } | null;

export function SharePanel({ walkthrough, blocked }: { walkthrough: StudioWalkthrough; blocked: string | null }) {
  const [status, setStatus] = useState<Status>(null);

  const share = async () => {
    if (blocked) {
      setStatus({ kind: 'error', message: blocked });
      return;
    }
    const data = await encodeWalkthrough(walkthrough);
    const over = overLimit(data);
    if (over > 0) {
      setStatus({
        kind: 'error',
        message: `The link would be ${over.toLocaleString('en')} characters over the ${MAX_DATA_CHARS.toLocaleString('en')} a link may carry. Trim the code to the lines the steps need, or shorten the step text; download the .mdx to keep the whole thing.`,
      });
      return;
    }
    const url = `${location.origin}${sharedPath(data)}`;
    setStatus({ kind: 'ok', url, copied: await copyText(url) });
  };

  return (
    <section className={styles.share} aria-labelledby="share-title">
      <h2 id="share-title" className={styles.sectionTitle}>
        Share
      </h2>
      <div className={styles.row}>
        <button type="button" className={styles.primary} onClick={share}>
          Copy share link
        </button>
      </div>
      <div role="status" className={styles.shareStatus}>
        {status?.kind === 'ok' ? (
          <>
            <p>{status.copied ? 'Link copied. It carries the whole walkthrough: anyone with it sees what you see.' : 'Your browser refused to copy; the link is below.'}</p>
            <label className={styles.field}>
              <span>Link ({status.url.length.toLocaleString('en')} characters)</span>
              <input readOnly value={status.url} className={styles.mono} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <p>
              <a href={status.url} target="_blank" rel="noopener">
                Open the shared page<span className="visually-hidden"> (new tab)</span>
              </a>
            </p>
          </>
        ) : status?.kind === 'error' ? (
          <p className={styles.problemText}>{status.message}</p>
        ) : null}
      </div>
    </section>
  );
}
