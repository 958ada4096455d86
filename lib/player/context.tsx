'use client';
// React's view of a player: the provider makes one store per player and hands
// it down, with the steps' static facts, to every leaf inside that player.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlayerStep } from '@/lib/lessons/types';
import { createPlayerStore, type PlayerState, type PlayerStore } from './store';

const StoreContext = createContext<PlayerStore | null>(null);
const StepsContext = createContext<readonly PlayerStep[]>([]);

export interface PlayerProviderProps {
  steps: readonly PlayerStep[];
  initialStep?: number;
  autoplay?: boolean;
  children: ReactNode;
}

export function PlayerProvider({ steps, initialStep = 0, autoplay = false, children }: PlayerProviderProps) {
  // Made once per mounted player; later prop changes do not replace it.
  const [store] = useState(() => createPlayerStore({ total: steps.length, initialStep, autoplay }));
  return (
    <StoreContext.Provider value={store}>
      <StepsContext.Provider value={steps}>{children}</StepsContext.Provider>
    </StoreContext.Provider>
  );
}

/** The nearest player's store, for leaves that act on it (goto, play) or subscribe outside React. */
export function usePlayerStore(): PlayerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlayerStore: no <PlayerProvider> (or <Walkthrough>) above this component');
  return store;
}

/** A slice of the nearest player's state; the component re-renders when the slice changes. */
export function usePlayer<T>(selector: (state: PlayerState) => T): T {
  return useStore(usePlayerStore(), selector);
}

/** The nearest player's steps: titles, lit lines, word counts. */
export function usePlayerSteps(): readonly PlayerStep[] {
  return useContext(StepsContext);
}
