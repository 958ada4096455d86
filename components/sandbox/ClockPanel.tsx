'use client';
// Fast-forward: the sandbox clock is real time plus an offset that only grows.
// After each jump the page asks `me`, so the reader sees what the server now
// thinks of the token (and the client's one automatic refresh).
import { useSandbox, useSandboxActions, useSandboxNow } from '@/lib/sandbox-client/context';
import { clockTime, duration } from '@/lib/sandbox-client/times';
import { OutcomeLine } from './OutcomeLine';
import ui from './ui.module.css';

const JUMPS = [
  { seconds: 30, label: '+30 s' },
  { seconds: 5 * 60, label: '+5 min' },
  { seconds: 60 * 60, label: '+1 h' },
  { seconds: 7 * 24 * 60 * 60, label: '+7 d' },
] as const;

export function ClockPanel() {
  const offset = useSandbox((s) => s.state?.clock.offset ?? null);
  const now = useSandboxNow();
  const { fastForward } = useSandboxActions();
  return (
    <div className={ui.stack}>
      <p className={ui.note} data-clock="">
        {offset === null
          ? 'Reading the sandbox clock…'
          : offset === 0
            ? 'The sandbox clock runs at real time.'
            : `The sandbox clock is ${duration(offset)} ahead of real time.`}
        {now !== null ? (
          <>
            {' '}
            Sandbox time: <span className={ui.code}>{clockTime(now)}</span>
          </>
        ) : null}
      </p>
      <ul className={ui.row} aria-label="Fast-forward the sandbox clock">
        {JUMPS.map((jump) => (
          <li key={jump.seconds}>
            <button type="button" className={ui.button} onClick={() => void fastForward(jump.seconds)}>
              {jump.label}
            </button>
          </li>
        ))}
      </ul>
      <OutcomeLine where="clock" />
    </div>
  );
}
