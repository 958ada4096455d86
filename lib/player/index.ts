// lib/player: the step store, its keys, autoplay timing and URL, for any
// client leaf inside a player (import from here, not from components/).
export { createPlayerStore, clampStep, isRunning, type PlayerState, type PlayerStore, type PlayerOptions, type StepOrigin } from './store';
export { PlayerProvider, usePlayer, usePlayerStore, usePlayerSteps, type PlayerProviderProps } from './context';
export { keyAction, describeTarget, type KeyAction, type KeyInput, type TargetKind } from './keys';
export { dwellMs, nextSpeed, SPEEDS } from './dwell';
export { readStepParam, withStepParam, STEP_PARAM } from './url';
export { formatLines, rangesOf } from './lines';
export type { KeyScope } from './key-listener';
