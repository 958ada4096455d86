'use client';
// The player's root element and everything that listens on its behalf: keys,
// swipes, the tab and viewport watch, autoplay's clock and the URL. It renders
// the server's markup untouched and never re-renders on a step change.
import { useEffect, useRef, type ReactNode } from 'react';
import type { PlayerStep } from '@/lib/lessons/types';
import { attachAutoplay } from '@/lib/player/autoplay';
import { attachAway } from '@/lib/player/away-listener';
import { PlayerProvider, usePlayerStore, usePlayerSteps } from '@/lib/player/context';
import { attachKeys, PLAYER_ATTR, PLAYER_READY_ATTR, type KeyScope } from '@/lib/player/key-listener';
import { attachSwipe } from '@/lib/player/swipe-listener';
import { attachUrlSync } from '@/lib/player/url-sync';
import { readStepParam } from '@/lib/lesson-urls';

/** Scrolls the page (at once: the reader has not seen it yet) so the player starts at the top of the screen, unless it is all on screen already. */
function bringIntoView(root: HTMLElement) {
  const box = root.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  root.scrollIntoView?.({ block: 'start', behavior: 'instant' });
}

export interface PlayerRootProps {
  steps: PlayerStep[];
  initialStep: number;
  autoplay: boolean;
  keyScope: KeyScope;
  syncUrl: boolean;
  label: string;
  className?: string;
  children: ReactNode;
}

export function PlayerRoot({ steps, initialStep, autoplay, ...frame }: PlayerRootProps) {
  return (
    <PlayerProvider steps={steps} initialStep={initialStep} autoplay={autoplay}>
      <PlayerFrame {...frame} />
    </PlayerProvider>
  );
}

type FrameProps = Pick<PlayerRootProps, 'keyScope' | 'syncUrl' | 'label' | 'className' | 'children'>;

function PlayerFrame({ keyScope, syncUrl, label, className, children }: FrameProps) {
  const store = usePlayerStore();
  const steps = usePlayerSteps();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // A link to a step opens with the player on screen, not the page's top.
    if (syncUrl && readStepParam(location.search, steps.length) !== null) bringIntoView(root);
    const detach = [
      // First: a `?step=N` link moves the player before anything else looks at it.
      syncUrl ? attachUrlSync(store) : undefined,
      attachKeys(store, root, keyScope),
      attachSwipe(store, root),
      attachAway(store, root),
      attachAutoplay(
        store,
        steps.map((step) => step.words),
      ),
    ];
    // Listening from here on; a key pressed before this (still hydrating) went to the page.
    root.setAttribute(PLAYER_READY_ATTR, '');
    return () => {
      root.removeAttribute(PLAYER_READY_ATTR);
      detach.forEach((stop) => stop?.());
    };
  }, [store, steps, keyScope, syncUrl]);

  return (
    <section ref={ref} className={className} aria-label={label} {...{ [PLAYER_ATTR]: keyScope }}>
      {children}
    </section>
  );
}
