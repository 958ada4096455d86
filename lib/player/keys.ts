// Which key does what. `keyAction` is pure; `describeTarget` reads (never
// changes) the element a key went to, so the listener can tell a field, a
// button and a sideways-scrolling region apart.

/** Store actions a key may run (each a method of PlayerState taking no argument). */
export type KeyAction = 'next' | 'prev' | 'first' | 'last' | 'toggle' | 'toggleSheet' | 'closeSheet';

/**
 * What kind of element has the key: `field` (typing), `button` (Space and
 * Enter press it), `scroll-x` (a focused region that overflows sideways: its
 * arrows scroll it), or `other`.
 */
export type TargetKind = 'field' | 'button' | 'scroll-x' | 'other';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** Held down: Space and `?` act once per press, arrows repeat. */
  repeat?: boolean;
  /** An IME is composing text. */
  isComposing?: boolean;
  target: TargetKind;
}

export interface KeyContext {
  sheetOpen: boolean;
}

const STEP_KEYS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  Home: 'first',
  End: 'last',
};

export function keyAction(input: KeyInput, { sheetOpen }: KeyContext): KeyAction | null {
  const { key, target } = input;
  if (input.ctrlKey || input.metaKey || input.altKey || input.isComposing) return null;
  if (target === 'field') return null;
  // `?` is Shift+/ on many layouts, so Shift is allowed for it alone.
  if (key === '?') return input.repeat ? null : 'toggleSheet';
  if (input.shiftKey) return null;
  if (sheetOpen) return key === 'Escape' ? 'closeSheet' : null;
  if (key === ' ' || key === 'Spacebar') return target === 'button' || input.repeat ? null : 'toggle';
  const step = STEP_KEYS[key];
  if (!step) return null;
  if (target === 'scroll-x' && (key === 'ArrowLeft' || key === 'ArrowRight')) return null;
  return step;
}

/** The parts of an element `describeTarget` reads (a DOM Element has them all). */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  scrollWidth?: number;
  clientWidth?: number;
  getAttribute?(name: string): string | null;
}

const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const BUTTON_ROLES = new Set(['button', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option']);
// Input types that take no typing: keys there still work, Space presses them.
const PRESSABLE_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'range', 'color', 'file']);

export function describeTarget(
  el: TargetLike | null | undefined,
  overflowX: (el: TargetLike) => string = computedOverflowX,
): TargetKind {
  if (!el || !el.tagName) return 'other';
  const tag = el.tagName.toUpperCase();
  if (el.isContentEditable) return 'field';
  if (tag === 'INPUT') {
    const type = (el.getAttribute?.('type') ?? 'text').toLowerCase();
    return PRESSABLE_INPUTS.has(type) ? 'button' : 'field';
  }
  if (FIELDS.has(tag)) return 'field';
  const role = el.getAttribute?.('role') ?? '';
  if (role === 'textbox' || role === 'searchbox' || role === 'combobox' || role === 'spinbutton') return 'field';
  if (tag === 'BUTTON' || tag === 'SUMMARY' || BUTTON_ROLES.has(role)) return 'button';
  const overflows = (el.scrollWidth ?? 0) > (el.clientWidth ?? 0) + 1;
  if (overflows && /auto|scroll/.test(overflowX(el))) return 'scroll-x';
  return 'other';
}

function computedOverflowX(el: TargetLike): string {
  if (typeof getComputedStyle !== 'function' || typeof Element === 'undefined' || !(el instanceof Element)) return '';
  return getComputedStyle(el).overflowX;
}
