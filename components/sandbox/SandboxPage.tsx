// The /sandbox page: the server renders every panel's frame and words; the
// client leaves inside fill them from the live API. Panels follow the story:
// log in, see what crossed the wire, read the tokens, let time pass, watch the
// refresh family, replay a copied token, attack, change the settings. The
// timeline runs beside them (below them on a phone).
import Link from 'next/link';
import { PageIntro } from '@/components/site/PageIntro';
import { lessonPath } from '@/lib/lesson-urls';
import type { DemoAccount, SourceMap } from '@/lib/sandbox-client/types';
import { ClockPanel } from './ClockPanel';
import { FamilyPanel } from './FamilyPanel';
import { Guide, ScenarioLinks } from './Guide';
import { LoginPanel } from './LoginPanel';
import { Panel } from './Panel';
import { ReplayPanel } from './ReplayPanel';
import { SandboxRoot } from './SandboxRoot';
import { SessionActions } from './SessionActions';
import { SettingsPanel } from './SettingsPanel';
import { TamperLab } from './TamperLab';
import { Term } from './Term';
import { Timeline } from './Timeline';
import { TokenInspector } from './TokenInspector';
import { TokenLegend } from './TokenParts';
import { Wire } from './Wire';
import styles from './SandboxPage.module.css';
import ui from './ui.module.css';

const VERIFY = 'sandbox/session.ts#verify';

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
        <Panel id="scenarios" title="Guided scenarios" className={styles.scenarios} lead="Each one starts a fresh sandbox with the settings it needs, then walks you through it a step at a time.">
          <ScenarioLinks />
        </Panel>
        <div className={styles.grid}>
          <Panel id="login" number={1} title="Log in" className={styles.login} lead="Demo accounts only. A login sets two httpOnly cookies: a short-lived access token and a refresh token.">
            <LoginPanel accounts={accounts} />
            <SessionActions />
          </Panel>

          <Panel id="wire" number={2} title="On the wire" className={styles.wire} lead="Each request as it happens: the cookies the browser sent with it, and what came back. Step back to an earlier one, or pick it in the timeline.">
            <Wire />
          </Panel>

          <Panel
            id="inspector"
            number={3}
            title="Your tokens"
            className={styles.inspector}
            lead={
              <>
                Read by the server (<code className={ui.code}>GET /api/sandbox/state</code>): the cookies are httpOnly, so this page&rsquo;s scripts cannot. The
                countdown runs on the sandbox clock. The claims: <Term name="iss" />, <Term name="aud" />, <Term name="sub" />, <Term name="jti" />,{' '}
                <Term name="iat" />, <Term name="exp" />; the header&rsquo;s <Term name="typ" />; the refresh token&rsquo;s <Term name="sid" />.
              </>
            }
          >
            <TokenLegend />
            <TokenInspector />
          </Panel>

          <Panel id="clock" number={4} title="Let time pass" className={styles.clock} lead="Move the sandbox clock ahead; it never goes back. Then the page asks GET /me: watch token_expired, the one automatic refresh, and later session_expired.">
            <ClockPanel />
          </Panel>

          <Panel
            id="family"
            number={5}
            title="The refresh family"
            className={styles.family}
            lead={
              <>
                Each refresh spends the newest token and issues the next generation (<Term name="rotation" />). Presenting a spent one revokes the whole <Term name="family" />.
              </>
            }
          >
            <FamilyPanel />
          </Panel>

          <Panel id="replay" number={6} title="Replay a copied access token" className={styles.replay} lead="Where stateless and stateful differ: log out, then send an old access token to /me.">
            <ReplayPanel />
          </Panel>

          <Panel id="tamper" number={7} title="Tamper lab" className={styles.tamper} lead="Real attacks on JWTs, each sent to POST /api/sandbox/verify, which runs the same verify as every route and lists its checks in jose's order.">
            <TamperLab verifyLines={sources[VERIFY]?.lines ?? []} />
          </Panel>

          <Panel id="settings" number={8} title="Settings" className={styles.settings}>
            <SettingsPanel />
          </Panel>

          <Panel id="timeline" title="Timeline" className={styles.timeline} lead="Every request the sandbox answered, newest first, with the lines of sandbox/ that ran.">
            <Timeline sources={sources} />
          </Panel>
        </div>
        <Guide />
      </SandboxRoot>
    </PageIntro>
  );
}
