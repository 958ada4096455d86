'use client';
// Share: the whole walkthrough compressed into a link (/w/<data>); nothing is
// stored on a server. A link over the limit says by how much and what to trim.
import { useState } from 'react';
import { copyText } from '@/components/share/copy';
import { encodeWalkthrough, MAX_DATA_CHARS, overLimit } from '@/lib/studio/codec';
import { filledDetails, type ExportDetails } from '@/lib/studio/export-details';
import type { StudioWalkthrough } from '@/lib/studio/model';
import { sharedPath } from '@/lib/studio/paths';
import styles from './Studio.module.css';

type Status = { kind: 'ok'; url: string; copied: boolean } | { kind: 'error' | 'note'; message: string } | null;

export interface SharePanelProps {
  walkthrough: StudioWalkthrough;
  /** Why the link cannot be made yet, or null. */
  blocked: string | null;
  details: ExportDetails;
  /** Why the .mdx cannot be downloaded yet, or null. */
  detailsBlocked: string | null;
}

export function SharePanel({ walkthrough, blocked, details, detailsBlocked }: SharePanelProps) {
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

  // The exporter (an MDX serialiser) loads only when asked for.
  const download = async () => {
    if (detailsBlocked) {
      setStatus({ kind: 'error', message: detailsBlocked });
      return;
    }
    const { exportMdx, slugFor } = await import('@/lib/studio/export-mdx');
    const filled = filledDetails(details);
    const file = new Blob([exportMdx(walkthrough, filled)], { type: 'text/markdown;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = `${slugFor(walkthrough.title)}.mdx`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    const drafted = [filled.summary ? null : 'summary', filled.tags ? null : 'tags', filled.takeaways ? null : 'takeaways'].filter(Boolean);
    const check = drafted.length ? ` The ${drafted.join(', ').replace(/, (?=[^,]*$)/, ' and ')} ${drafted.length === 1 ? 'was' : 'were'} drafted for you: edit them in the file or above.` : '';
    setStatus({ kind: 'note', message: `Downloaded ${link.download}: put it in content/ and run npm run dev to see it as a lesson.${check}` });
  };

  return (
    <section className={styles.share} aria-labelledby="share-title">
      <h2 id="share-title" className={styles.sectionTitle}>
        Share and export
      </h2>
      <div className={styles.row}>
        <button type="button" className={styles.primary} onClick={share}>
          Copy share link
        </button>
        <button type="button" onClick={download}>
          Download .mdx
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
        ) : status ? (
          <p className={status.kind === 'error' ? styles.problemText : undefined}>{status.message}</p>
        ) : null}
      </div>
    </section>
  );
}
