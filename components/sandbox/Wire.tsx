'use client';
// The newest request as a whiteboard picture: browser on the left, server on
// the right, the request going over with its cookies, the answer coming back
// with its status, Set-Cookie and jose's verdict. The picture animates once per
// request (not for readers who prefer reduced motion); screen readers get the
// same as one sentence.
import { useSandbox } from '@/lib/sandbox-client/context';
import { wireOf } from '@/lib/sandbox-client/wire';
import { Code } from './Code';
import styles from './Wire.module.css';
import ui from './ui.module.css';

export function Wire() {
  const item = useSandbox((s) => s.items.at(-1) ?? null);
  const secure = useSandbox((s) => s.state?.secure ?? false);
  if (!item) return <p className={ui.note}>Nothing on the wire yet. Log in, and each request is drawn here as it happens.</p>;
  const wire = wireOf(item, secure);
  return (
    <figure className={styles.wire} data-wire={wire.id} data-mark={wire.mark}>
      <figcaption className="visually-hidden">
        {wire.sentence}
      </figcaption>
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
            <ul className={styles.items}>
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
  );
}
