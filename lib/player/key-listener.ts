// Connects keyboard events to a player's store. Scope `page` listens on the
// document (the page's main player); `focus` only while focus is inside the
// player (embeds, a second player on a page).
import { describeTarget, keyAction } from './keys';
import type { PlayerStore } from './store';

export type KeyScope = 'page' | 'focus';

/** Marks a player's root element, so a page-wide player leaves other players' keys alone. */
export const PLAYER_ATTR = 'data-player';

export function attachKeys(store: PlayerStore, root: HTMLElement, scope: KeyScope): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    if (scope === 'page' && target) {
      const owner = target.closest(`[${PLAYER_ATTR}]`);
      if (owner && owner !== root) return;
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
