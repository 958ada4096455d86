// The /sandbox page: the server renders every panel's frame and words; the
// client leaves inside fill them from the live API.
import Link from 'next/link';
import { PageIntro } from '@/components/site/PageIntro';
import { lessonPath } from '@/lib/lesson-urls';
import type { DemoAccount, SourceMap } from '@/lib/sandbox-client/types';
import { ClockPanel } from './ClockPanel';
import { FamilyPanel } from './FamilyPanel';
import { LoginPanel } from './LoginPanel';
import { Panel } from './Panel';
import { SandboxRoot } from './SandboxRoot';
import { SessionActions } from './SessionActions';
import { SettingsPanel } from './SettingsPanel';
import { TamperLab } from './TamperLab';
import { Timeline } from './Timeline';
import { TokenInspector } from './TokenInspector';
import { TokenLegend } from './TokenParts';
import styles from './SandboxPage.module.css';
import ui from './ui.module.css';

export function SandboxPage({ accounts, sources }: { accounts: readonly DemoAccount[]; sources: SourceMap }) {
  return (
    <PageIntro
      eyebrow="Sandbox"
      title="Watch a JWT session, live"
      lead={
        <>
          The same route handlers the <Link href={lessonPath('jwt-session-cookies')}>JWT lesson</Link> walks through, running for you alone: log in, watch the
          tokens, fast-forward the clock until they expire, and try to forge one.
        </>
      }
    >
      <noscript>
        <p className={ui.problem}>The sandbox calls its API from this page, so it needs JavaScript.</p>
      </noscript>
      <SandboxRoot>
        <div className={styles.grid}>
          <Panel id="login" number={1} title="Log in" className={styles.login} lead="Demo accounts only. A login sets two httpOnly cookies: a short-lived access token and a refresh token.">
            <LoginPanel accounts={accounts} />
            <SessionActions />
          </Panel>

          <Panel
            id="inspector"
            number={2}
            title="Token inspector"
            className={styles.inspector}
            lead={
              <>
                These values come from the server (<code className={ui.code}>GET /api/sandbox/state</code>): the cookies are httpOnly, so this page&rsquo;s scripts
                cannot read them. The countdown runs on the sandbox clock.
              </>
            }
          >
            <TokenLegend />
            <TokenInspector />
          </Panel>

          <Panel id="clock" number={3} title="Fast-forward" className={styles.clock} lead="Move the sandbox clock ahead; it never goes back. Then the page asks GET /me: watch token_expired, the one automatic refresh, and later session_expired.">
            <ClockPanel />
          </Panel>

          <Panel id="timeline" number={4} title="Timeline" className={styles.timeline} lead="Every request the sandbox answered, newest first, with the lines of sandbox/ that ran.">
            <Timeline sources={sources} />
          </Panel>

          <Panel id="family" number={5} title="Refresh token family" className={styles.family} lead="Each refresh spends the newest token and issues the next generation. Presenting a spent one revokes them all.">
            <FamilyPanel />
          </Panel>

          <Panel id="tamper" number={6} title="Tamper lab" className={styles.tamper} lead="Each forgery is built in this page from your token, without any secret, and sent to POST /api/sandbox/verify. The server lists every check it makes.">
            <TamperLab />
          </Panel>

          <Panel id="settings" number={7} title="Settings" className={styles.settings}>
            <SettingsPanel />
          </Panel>
        </div>
      </SandboxRoot>
    </PageIntro>
  );
}
