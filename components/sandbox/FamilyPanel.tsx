'use client';
// The refresh family of the newest login: every generation and what became of
// it, the session's timeouts, and a replay of an old token that trips reuse
// detection (the page sends the old token in the body, since the cookie only
// ever holds the newest one).
import { useSandbox, useSandboxActions, useSandboxNow } from '@/lib/sandbox-client/context';
import { duration, expiryInWords } from '@/lib/sandbox-client/times';
import type { FamilyView } from '@/lib/sandbox-client/types';
import { Code } from './Code';
import { OutcomeLine } from './OutcomeLine';
import styles from './FamilyPanel.module.css';
import ui from './ui.module.css';

type Status = FamilyView['generations'][number]['status'] | FamilyView['status'];

const LOOK: Record<Status, { icon: string; className: string | undefined }> = {
  active: { icon: '●', className: ui.ok },
  spent: { icon: '○', className: ui.muted },
  revoked: { icon: '✗', className: ui.bad },
  expired: { icon: '◷', className: ui.warn },
};

function StatusWord({ status }: { status: Status }) {
  const look = LOOK[status];
  return (
    <span className={look.className} data-status={status}>
      <span aria-hidden="true">{look.icon}</span> {status}
    </span>
  );
}

function Family({ family, now }: { family: FamilyView; now: number | null }) {
  return (
    <div className={ui.stack} data-family={family.status}>
      <p className={styles.summary}>
        Session of <strong>{family.user.name}</strong>: <StatusWord status={family.status} />
        {family.revoked ? <> — revoked by <Code>{family.revoked.reason}</Code></> : null}
      </p>
      {family.status === 'active' && now !== null ? (
        <p className={ui.note}>
          Idle timeout: {expiryInWords(family.idleExpiresAt, now).replace('expires', 'ends')}. Absolute timeout: {expiryInWords(family.absoluteExpiresAt, now).replace('expires', 'ends')}.
        </p>
      ) : null}
      <ol className={styles.generations} aria-label="Generations, oldest first">
        {family.generations.map((g) => (
          <li key={g.jti} className={styles.generation} data-generation={g.gen} data-status={g.status}>
            <span className={styles.gen}>gen {g.gen}</span>
            <StatusWord status={g.status} />
            <span className={styles.detail}>
              jti <code>{g.jti.slice(0, 8)}…</code> · lives {duration(g.expiresAt - g.issuedAt)}
              {now !== null && g.status === 'active' ? ` · ${expiryInWords(g.expiresAt, now)}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function FamilyPanel() {
  const families = useSandbox((s) => s.state?.families ?? null);
  const { replayOldRefresh } = useSandboxActions();
  const now = useSandboxNow();
  const newest = families?.[0];
  const earlier = families ? families.length - 1 : 0;
  return (
    <>
      {newest ? <Family family={newest} now={now} /> : <p className={ui.note}>No session yet: each login starts a family.</p>}
      {earlier > 0 ? (
        <p className={ui.note}>
          {earlier} earlier {earlier === 1 ? 'session' : 'sessions'} of this sandbox, ended by later logins, logouts or timeouts.
        </p>
      ) : null}
      <div className={ui.stack}>
        <p>
          <button type="button" className={ui.danger} onClick={() => void replayOldRefresh()} disabled={newest?.status !== 'active'}>
            Replay an old refresh token
          </button>
        </p>
        <p className={ui.note}>
          Sends a spent generation (rotating once first if none is spent yet) to <code className={ui.code}>POST /api/sandbox/refresh</code> as{' '}
          <code className={ui.code}>{'{"token": "…"}'}</code>: two parties holding one refresh token means one of them stole it, so the whole family is revoked.
        </p>
        <OutcomeLine where="family" />
      </div>
    </>
  );
}
