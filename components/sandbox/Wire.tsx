'use client';
// One request as a whiteboard picture: browser on the left, server on the
// right, the request going over with its cookies, the answer coming back with
// its status, Set-Cookie and jose's verdict. It follows the newest request;
// the stepper (or "Show on the wire" in the timeline) holds an earlier one.
// The picture animates once per request (not for readers who prefer reduced
// motion); screen readers get the same as one sentence.
import { useSandbox } from '@/lib/sandbox-client/context';
import { shownIndex, wireOf } from '@/lib/sandbox-client/wire';
import { Code } from './Code';
import styles from './Wire.module.css';
import ui from './ui.module.css';

export function Wire() {
  const items = useSandbox((s) => s.items);
  const pick = useSandbox((s) => s.wirePick);
  const pickWire = useSandbox((s) => s.pickWire);
  const secure = useSandbox((s) => s.state?.secure ?? false);
  const at = shownIndex(items, pick);
  const item = items[at];
  if (!item) return <p className={ui.note}>Nothing on the wire yet. Log in, and each request is drawn here as it happens.</p>;
  const wire = wireOf(item, secure);
  const newest = at === items.length - 1;
  const position = `Request ${at + 1} of ${items.length}`;
  // Reaching the newest by stepping means following it again.
  const show = (index: number) => pickWire(index >= items.length - 1 ? null : (items[index]?.event.id ?? null));
  return (
    <div className={styles.view}>
      <nav className={styles.steps} aria-label="Requests on the wire">
        <button type="button" className={ui.small} onClick={() => show(at - 1)} disabled={at === 0}>
          <span aria-hidden="true">←</span> Earlier
        </button>
        <span className={styles.position} data-wire-position={at + 1}>
          {position}
          {newest ? <span className={ui.muted}> · the newest</span> : null}
        </span>
        <button type="button" className={ui.small} onClick={() => show(at + 1)} disabled={newest}>
          Later <span aria-hidden="true">→</span>
        </button>
        {pick !== null && !newest ? (
          <button type="button" className={ui.small} onClick={() => pickWire(null)}>
            Follow the newest
          </button>
        ) : null}
      </nav>
      {/* Read out when the reader steps, not on every new request while following. */}
      <p className="visually-hidden" aria-live="polite">
        {pick !== null ? `${position}. ${wire.sentence}` : ''}
      </p>
      <figure className={styles.wire} data-wire={wire.id} data-mark={wire.mark}>
        <figcaption className="visually-hidden">{wire.sentence}</figcaption>
        <div className={styles.picture} aria-hidden="true" key={wire.id}>
          <div className={styles.end}>Browser</div>
          <div className={styles.lanes}>
            <div className={`${styles.lane} ${styles.out}`}>
              <p className={styles.label}>
                <strong>{wire.request}</strong>
              </p>
              <div className={styles.arrow} />
              <ul className={styles.items} data-sent-cookies="">
                {wire.cookies === null ? (
                  <li className={ui.muted}>cookies not recorded</li>
                ) : wire.cookies.length === 0 ? (
                  <li className={ui.muted}>no cookies</li>
                ) : (
                  wire.cookies.map((name) => (
                    <li key={name}>
                      Cookie: <code>{name}</code>
                    </li>
                  ))
                )}
                {wire.bodyToken ? <li>body: an old token</li> : null}
              </ul>
            </div>
            <div className={`${styles.lane} ${styles.back}`}>
              <p className={styles.label}>
                <strong className={wire.mark === 'ok' ? ui.ok : ui.bad}>
                  {wire.status}
                  {wire.error ? <> {wire.error}</> : null}
                </strong>
              </p>
              <div className={styles.arrow} />
              <ul className={styles.items} data-set-cookies="">
                {wire.setCookies.length === 0 ? <li className={ui.muted}>no Set-Cookie</li> : null}
                {wire.setCookies.map((c) => (
                  <li key={c.name}>
                    Set-Cookie: <code>{c.name}</code> {c.cleared ? <strong className={ui.warn}>cleared</strong> : <span className={ui.muted}>{c.attributes}</span>}
                  </li>
                ))}
                {wire.verdict ? (
                  <li>
                    jose:{' '}
                    {wire.verdict.ok ? (
                      <span className={ui.ok}>verified</span>
                    ) : (
                      <span className={ui.bad}>
                        rejected <Code>{wire.verdict.jose ?? wire.verdict.error ?? 'invalid'}</Code>
                      </span>
                    )}
                  </li>
                ) : null}
              </ul>
            </div>
          </div>
          <div className={styles.end}>Server</div>
        </div>
      </figure>
    </div>
  );
}
