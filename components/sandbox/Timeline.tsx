'use client';
// Every request this sandbox answered, newest first: what was asked and why,
// the status, the Set-Cookie attributes, jose's verdict, the lines that ran.
import { useSandbox } from '@/lib/sandbox-client/context';
import type { TimelineItem } from '@/lib/sandbox-client/store';
import { plural } from '@/lib/sandbox-client/words';
import { Code } from './Code';
import { markOf } from '@/lib/sandbox-client/timeline';
import { duration } from '@/lib/sandbox-client/times';
import { sourceKey, type SandboxEvent, type SourceMap } from '@/lib/sandbox-client/types';
import { CopyCurl } from './CopyCurl';
import { SourceLink } from './SourceLink';
import { shownIndex } from '@/lib/sandbox-client/wire';
import { bringIntoView } from './useReveal';
import { VerdictLine } from './VerdictLine';
import styles from './Timeline.module.css';
import ui from './ui.module.css';

function SetCookies({ cookies }: { cookies: SandboxEvent['setCookies'] }) {
  return (
    <ul className={styles.cookies} aria-label="Set-Cookie headers">
      {cookies.map((c, i) => (
        <li key={`${c.name}-${i}`}>
          <code className={styles.cookieName}>
            {c.name}={c.value || '""'}
          </code>{' '}
          <span className={styles.attributes}>
            {[c.path ? `Path=${c.path}` : null, c.maxAge !== undefined ? `Max-Age=${c.maxAge}` : null, c.httpOnly ? 'HttpOnly' : null, c.sameSite ? `SameSite=${c.sameSite}` : null, c.secure ? 'Secure' : null]
              .filter(Boolean)
              .join('; ')}
          </span>
          {c.cleared ? (
            <>
              {' '}
              <strong className={ui.warn}>cleared (Max-Age=0)</strong>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Holds this request on the wire view and brings the wire into view. */
function ShowOnWire({ id, newest, shown }: { id: number; newest: boolean; shown: boolean }) {
  const pickWire = useSandbox((s) => s.pickWire);
  function onClick() {
    pickWire(newest ? null : id);
    const wire = document.getElementById('wire');
    if (wire) bringIntoView(wire);
  }
  return (
    <button type="button" className={ui.small} onClick={onClick} aria-pressed={shown}>
      {shown ? 'On the wire' : 'Show on the wire'}
      <span className="visually-hidden"> request #{id}</span>
    </button>
  );
}

function Entry({ item, sources, secure, newest, shown }: { item: TimelineItem; sources: SourceMap; secure: boolean; newest: boolean; shown: boolean }) {
  const { event, sent } = item;
  const mark = markOf(event);
  const ahead = event.sandboxTime - Math.floor(event.at / 1000);
  const time = new Date(event.at).toLocaleTimeString('en-GB', { hour12: false });
  const info = event.source ? sources[sourceKey(event.source)] : undefined;
  return (
    <li className={styles.entry} data-on-wire={shown || undefined} data-event={event.id} data-path={event.path} data-status={event.status} data-mark={mark} data-auto={sent?.auto || undefined}>
      <p className={styles.request}>
        <span className={styles.method}>{event.method}</span> <code className={styles.path}>{event.path}</code>{' '}
        <span className={mark === 'ok' ? ui.ok : ui.bad}>
          <span aria-hidden="true">{mark === 'ok' ? '✓' : '✗'}</span>
          <span>
            {event.status}
            {event.error ? (
              <>
                {' '}
                <Code>{event.error}</Code>
              </>
            ) : mark === 'rejected' ? (
              ' · token rejected'
            ) : null}
          </span>
        </span>
      </p>
      <p className={styles.meta}>
        #{event.id} · {time}
        {ahead > 1 ? ` · sandbox clock +${duration(ahead)}` : ''}
        {sent?.note ? sent.auto ? <strong className={styles.auto}> · {sent.note}</strong> : ` · ${sent.note}` : ''}
      </p>
      {event.verdict ? <VerdictLine verdict={event.verdict} who="jose" /> : null}
      {event.setCookies.length > 0 ? <SetCookies cookies={event.setCookies} /> : null}
      {info ? <SourceLink info={info} /> : event.source ? <p className={styles.ran}>Ran <code>{event.source.file}</code> <code>#{event.source.region}</code></p> : null}
      <div className={styles.actions}>
        <ShowOnWire id={event.id} newest={newest} shown={shown} />
        <CopyCurl method={event.method} path={event.path} body={sent?.method === 'POST' ? sent.body : undefined} secure={secure} />
      </div>
    </li>
  );
}

export function Timeline({ sources }: { sources: SourceMap }) {
  const items = useSandbox((s) => s.items);
  const secure = useSandbox((s) => s.state?.secure ?? false);
  const onWire = useSandbox((s) => s.wirePick);
  if (items.length === 0) {
    return <p className={ui.note}>No requests yet. Log in, and each request appears here as the server answers it.</p>;
  }
  return (
    <ol className={styles.list} reversed aria-label={`${plural(items.length, 'request')}, newest first`} tabIndex={0}>
      {[...items].reverse().map((item, i) => (
        <Entry key={item.event.id} item={item} sources={sources} secure={secure} newest={i === 0} shown={items[shownIndex(items, onWire)] === item} />
      ))}
    </ol>
  );
}
