import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountRefresh } from '@/components/sandbox/AccountRefresh';
import { verifySession } from '@/sandbox/dal';
import styles from './page.module.css';

export const metadata: Metadata = {
  title: 'Sandbox account',
  robots: { index: false },
};

function inWords(seconds: number): string {
  if (seconds <= 0) return 'now';
  if (seconds < 120) return `in ${seconds} seconds`;
  return `in ${Math.round(seconds / 60)} minutes`;
}

// The protected page. The proxy only glanced at the cookie; this page asks the
// Data Access Layer, which verifies the token again, and shows what it decided.
export default async function AccountPage() {
  const session = await verifySession();
  return (
    <div className={styles.page} data-session={session.ok ? 'verified' : 'refused'}>
      <h1 className={styles.title}>Sandbox account</h1>
      <p className={styles.lead}>
        Two checks stood between you and this page. The proxy&rsquo;s was optimistic: it let the request through
        because an access cookie that looks like a JWT was present, without checking its signature or expiry.
        Then this page verified the token again on the server, with the key, the sandbox clock and, in stateful
        mode, the session record.
      </p>
      {session.ok ? (
        <section className={styles.card} aria-labelledby="verified">
          <h2 id="verified" className={styles.heading}>
            <span className={styles.ok}>Verified</span> — signed in as {session.user.name}
          </h2>
          <dl className={styles.facts}>
            <dt>Email</dt>
            <dd>{session.user.email}</dd>
            <dt>Role</dt>
            <dd>{session.user.role}</dd>
            <dt>Access token expires</dt>
            <dd>{inWords(session.expiresAt - session.now)} (sandbox clock)</dd>
          </dl>
        </section>
      ) : (
        <section className={styles.card} aria-labelledby="refused">
          <h2 id="refused" className={styles.heading}>
            <span className={styles.bad}>No account</span> — the token did not verify
          </h2>
          <p>{/[.!?]$/.test(session.message) ? session.message : `${session.message}.`}</p>
          <dl className={styles.facts}>
            <dt>Our code</dt>
            <dd>
              <code className={styles.code}>{session.error}</code>
            </dd>
            {session.jose ? (
              <>
                <dt>jose&rsquo;s code</dt>
                <dd>
                  <code className={styles.code}>{session.jose}</code>
                </dd>
              </>
            ) : null}
          </dl>
          {session.error === 'token_expired' ? <AccountRefresh /> : null}
        </section>
      )}
      <p>
        <Link href="/sandbox">Back to the sandbox</Link>
      </p>
    </div>
  );
}
