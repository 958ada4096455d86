import { describe, expect, it } from 'vitest';
import { describeTarget, keyAction, type KeyInput, type TargetLike } from '@/lib/player/keys';

const act = (input: Partial<KeyInput> & { key: string }, sheetOpen = false) =>
  keyAction({ target: 'other', ...input }, { sheetOpen });

describe('keyAction', () => {
  it('maps the player keys', () => {
    expect(act({ key: 'ArrowRight' })).toBe('next');
    expect(act({ key: 'ArrowLeft' })).toBe('prev');
    expect(act({ key: 'Home' })).toBe('first');
    expect(act({ key: 'End' })).toBe('last');
    expect(act({ key: ' ' })).toBe('toggle');
    expect(act({ key: '?' })).toBe('toggleSheet');
  });

  it('leaves every other key alone', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'PageDown', 'Enter', 'Tab', 'a', 'Escape']) expect(act({ key })).toBeNull();
  });

  it('ignores keys with Ctrl, Meta or Alt held', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      expect(act({ key: 'ArrowRight', [mod]: true })).toBeNull();
      expect(act({ key: '?', [mod]: true })).toBeNull();
    }
  });

  it('allows Shift only for ?', () => {
    expect(act({ key: '?', shiftKey: true })).toBe('toggleSheet');
    expect(act({ key: 'ArrowRight', shiftKey: true })).toBeNull();
    expect(act({ key: ' ', shiftKey: true })).toBeNull();
  });

  it('ignores everything while typing in a field or composing', () => {
    for (const key of ['ArrowRight', ' ', 'Home', '?']) expect(act({ key, target: 'field' })).toBeNull();
    expect(act({ key: 'ArrowRight', isComposing: true })).toBeNull();
  });

  it('leaves ← and → to a region that scrolls sideways, not Home, End or Space', () => {
    expect(act({ key: 'ArrowRight', target: 'scroll-x' })).toBeNull();
    expect(act({ key: 'ArrowLeft', target: 'scroll-x' })).toBeNull();
    expect(act({ key: 'End', target: 'scroll-x' })).toBe('last');
    expect(act({ key: ' ', target: 'scroll-x' })).toBe('toggle');
  });

  it('leaves Space to a focused button, but steps from it', () => {
    expect(act({ key: ' ', target: 'button' })).toBeNull();
    expect(act({ key: 'ArrowRight', target: 'button' })).toBe('next');
  });

  it('acts once for a held Space or ?, but repeats arrows', () => {
    expect(act({ key: ' ', repeat: true })).toBeNull();
    expect(act({ key: '?', repeat: true })).toBeNull();
    expect(act({ key: 'ArrowRight', repeat: true })).toBe('next');
  });

  it('with the key sheet open: Escape and ? close it, nothing steps', () => {
    expect(act({ key: 'Escape' }, true)).toBe('closeSheet');
    expect(act({ key: '?' }, true)).toBe('toggleSheet');
    expect(act({ key: 'ArrowRight' }, true)).toBeNull();
    expect(act({ key: ' ' }, true)).toBeNull();
  });
});

function el(tagName: string, attrs: Record<string, string> = {}, extra: Partial<TargetLike> = {}): TargetLike {
  return { tagName, getAttribute: (name) => attrs[name] ?? null, ...extra };
}
const overflowAuto = () => 'auto';

describe('describeTarget', () => {
  it('knows fields', () => {
    expect(describeTarget(el('INPUT'))).toBe('field');
    expect(describeTarget(el('input', { type: 'search' }))).toBe('field');
    expect(describeTarget(el('TEXTAREA'))).toBe('field');
    expect(describeTarget(el('SELECT'))).toBe('field');
    expect(describeTarget(el('DIV', {}, { isContentEditable: true }))).toBe('field');
    expect(describeTarget(el('DIV', { role: 'textbox' }))).toBe('field');
  });

  it('knows buttons, including inputs that are pressed rather than typed in', () => {
    expect(describeTarget(el('BUTTON'))).toBe('button');
    expect(describeTarget(el('SUMMARY'))).toBe('button');
    expect(describeTarget(el('INPUT', { type: 'checkbox' }))).toBe('button');
    expect(describeTarget(el('DIV', { role: 'button' }))).toBe('button');
  });

  it('knows a region that overflows sideways and scrolls', () => {
    const wide = { scrollWidth: 900, clientWidth: 300 };
    expect(describeTarget(el('PRE', {}, wide), overflowAuto)).toBe('scroll-x');
    expect(describeTarget(el('PRE', {}, wide), () => 'visible')).toBe('other');
    expect(describeTarget(el('PRE', {}, { scrollWidth: 300, clientWidth: 300 }), overflowAuto)).toBe('other');
  });

  it('calls anything else other', () => {
    expect(describeTarget(el('BODY'))).toBe('other');
    expect(describeTarget(el('A', { href: '/' }))).toBe('other');
    expect(describeTarget(null)).toBe('other');
  });
});
