'use client';
// The sandbox page's one store, the timeline polling, and the polite
// announcements. Everything inside is rendered by the server and passed through.
import { useEffect, type ReactNode } from 'react';
import { SandboxStoreProvider, useSandbox, useSandboxStore } from '@/lib/sandbox-client/context';
import { createApi } from '@/lib/sandbox-client/api';
import ui from './ui.module.css';

/** How often the timeline is asked for new entries while the tab is visible. */
const POLL_MS = 2000;

function Driver() {
  const store = useSandboxStore();
  useEffect(() => {
    const { start, poll } = store.getState();
    void start();
    const tick = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    const timer = setInterval(tick, POLL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [store]);
  return null;
}

function Announcer() {
  const announcement = useSandbox((s) => s.announcement);
  const problem = useSandbox((s) => s.problem);
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-announcement={announcement.id}>
        {/* A changed text is read again even when the words repeat. */}
        {announcement.text + (announcement.id % 2 ? '\u00a0' : '')}
      </p>
      {problem ? (
        <p role="alert" className={ui.problem} data-problem="">
          {problem}
        </p>
      ) : null}
    </>
  );
}

export function SandboxRoot({ children }: { children: ReactNode }) {
  return (
    <SandboxStoreProvider api={(onSend) => createApi({ onSend })}>
      <Driver />
      <Announcer />
      {children}
    </SandboxStoreProvider>
  );
}
