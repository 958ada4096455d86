import { describe, expect, test } from 'vitest';
import { readEmbedMessage, readHostMessage, resizeMessage, stepMessage } from '@/lib/embed/messages';

describe('readHostMessage', () => {
  test('goto with a 1-based whole step', () => {
    expect(readHostMessage({ type: 'stepwise:goto', step: 3 })).toEqual({ type: 'stepwise:goto', step: 3 });
  });

  test('play and pause', () => {
    expect(readHostMessage({ type: 'stepwise:play' })).toEqual({ type: 'stepwise:play' });
    expect(readHostMessage({ type: 'stepwise:pause' })).toEqual({ type: 'stepwise:pause' });
  });

  test('extra fields are dropped, not passed on', () => {
    expect(readHostMessage({ type: 'stepwise:pause', step: 4, evil: true })).toEqual({ type: 'stepwise:pause' });
  });

  test.each([
    null,
    undefined,
    'stepwise:play',
    42,
    [],
    ['stepwise:play'],
    {},
    { type: 'stepwise:Play' },
    { type: 'stepwise:resize', height: 10 },
    { type: 'stepwise:goto' },
    { type: 'stepwise:goto', step: '3' },
    { type: 'stepwise:goto', step: 0 },
    { type: 'stepwise:goto', step: -1 },
    { type: 'stepwise:goto', step: 2.5 },
    { type: 'stepwise:goto', step: Number.NaN },
    { type: 'stepwise:goto', step: Infinity },
    { type: 'stepwise:goto', step: 1e9 },
  ])('ignores %j', (data) => {
    expect(readHostMessage(data)).toBeNull();
  });
});

describe('readEmbedMessage', () => {
  test('resize and step', () => {
    expect(readEmbedMessage({ type: 'stepwise:resize', height: 512 })).toEqual({ type: 'stepwise:resize', height: 512 });
    expect(readEmbedMessage({ type: 'stepwise:step', step: 3, total: 8 })).toEqual({ type: 'stepwise:step', step: 3, total: 8 });
  });

  test.each([
    { type: 'stepwise:resize', height: -1 },
    { type: 'stepwise:resize', height: '512' },
    { type: 'stepwise:resize', height: Infinity },
    { type: 'stepwise:step', step: 9, total: 8 },
    { type: 'stepwise:step', step: 0, total: 8 },
    { type: 'stepwise:step', step: 1 },
    { type: 'stepwise:goto', step: 1 },
  ])('ignores %j', (data) => {
    expect(readEmbedMessage(data)).toBeNull();
  });
});

describe('what the embed posts', () => {
  test('the height is rounded up to a whole pixel', () => {
    expect(resizeMessage(511.2)).toEqual({ type: 'stepwise:resize', height: 512 });
  });

  test('the step goes out 1-based, and reads back as valid', () => {
    const message = stepMessage(0, 8);
    expect(message).toEqual({ type: 'stepwise:step', step: 1, total: 8 });
    expect(readEmbedMessage(message)).toEqual(message);
    expect(readEmbedMessage(stepMessage(7, 8))).toEqual({ type: 'stepwise:step', step: 8, total: 8 });
  });
});
