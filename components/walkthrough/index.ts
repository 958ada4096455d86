// The walkthrough player. Server code renders <Walkthrough>; client leaves
// passed as its children reach the player's store through lib/player
// (usePlayer, usePlayerStore, usePlayerSteps), re-exported here for convenience.
export { Walkthrough, type WalkthroughProps } from './Walkthrough';
export { usePlayer, usePlayerStore, usePlayerSteps } from '@/lib/player/context';
export type { PlayerState, PlayerStore } from '@/lib/player/store';
export type { KeyScope } from '@/lib/player/key-listener';
