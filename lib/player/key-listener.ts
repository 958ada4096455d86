// Connects keyboard events to a player's store. Scope `page` listens on the
// document, but takes a key only while focus is inside the player or the
// player is the one in view (lib/player/in-view.ts), so Space still scrolls
// and End still ends a page read past the player. `focus` only while focus is
// inside the player (embeds).
import { takesPageKeys } from './in-view';
import { describeTarget, keyAction } from './keys';
import type { PlayerStore } from './store';

export type KeyScope = 'page' | 'focus';

/** Marks a player's root element (its value: the key scope), so a page-wide player leaves other players' keys alone. */
export const PLAYER_ATTR = 'data-player';
/** Set on a player once its keys, swipes and URL are listened to (after hydration). */
export const PLAYER_READY_ATTR = 'data-player-ready';

export function attachKeys(store: PlayerStore, root: HTMLElement, scope: KeyScope): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    if (scope === 'page') {
      const owner = target?.closest(`[${PLAYER_ATTR}]`);
      if (owner && owner !== root) return;
      if (!owner && !takesPageKeys(root, root.ownerDocument.querySelectorAll(`[${PLAYER_ATTR}="page"]`))) return;
    }
    const state = store.getState();
    const action = keyAction(
      {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        repeat: event.repeat,
        isComposing: event.isComposing,
        target: describeTarget(target),
      },
      { sheetOpen: state.sheetOpen },
    );
    if (!action) return;
    event.preventDefault();
    state[action]();
  };
  const host: HTMLElement | Document = scope === 'page' ? root.ownerDocument : root;
  host.addEventListener('keydown', onKey as EventListener);
  return () => host.removeEventListener('keydown', onKey as EventListener);
}
