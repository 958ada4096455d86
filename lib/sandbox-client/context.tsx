'use client';
// React's view of the sandbox store: the provider makes one store per mounted
// page; leaves read slices of it and call its actions.
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createSandboxStore, type SandboxActions, type SandboxStore, type SandboxStoreState } from './store';
import type { SandboxApi, SentRequest } from './types';

const StoreContext = createContext<SandboxStore | null>(null);

export function SandboxStoreProvider({ api, children }: { api: (onSend: (r: SentRequest) => void) => SandboxApi; children: ReactNode }) {
  const [store] = useState(() => createSandboxStore(api));
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useSandboxStore(): SandboxStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSandboxStore: no <SandboxStoreProvider> above this component');
  return store;
}

export function useSandbox<T>(selector: (state: SandboxStoreState) => T): T {
  return useStore(useSandboxStore(), selector);
}

// One shared one-second tick for every countdown on the page.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let second = 0;

function subscribe(onTick: () => void) {
  listeners.add(onTick);
  if (!timer) {
    second = Math.floor(Date.now() / 1000);
    timer = setInterval(() => {
      second = Math.floor(Date.now() / 1000);
      for (const listener of listeners) listener();
    }, 1000);
  }
  return () => {
    listeners.delete(onTick);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const readSecond = () => second || (second = Math.floor(Date.now() / 1000));

/** The browser's time in whole seconds, ticking; 0 while rendering on the server. */
export function useNowSeconds(): number {
  return useSyncExternalStore(subscribe, readSecond, () => 0);
}

/** Sandbox time in seconds (real time plus the sandbox offset), ticking; null until the state is known. */
export function useSandboxNow(): number | null {
  const now = useNowSeconds();
  const skew = useSandbox((s) => s.skew);
  const known = useSandbox((s) => s.state !== null);
  return known && now > 0 ? now + skew : null;
}

/** The store's actions: stable functions, so reading them never re-renders. */
export function useSandboxActions(): SandboxActions {
  return useSandboxStore().getState();
}
