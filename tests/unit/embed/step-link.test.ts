import { describe, expect, test } from 'vitest';
import { readStepSegment, stepPageFor } from '@/lib/embed/step-link';

describe('stepPageFor', () => {
  test('a lesson URL with ?step=N goes to its step page', () => {
    expect(stepPageFor('/explainers/jwt-session-cookies', '?step=3')).toBe('/explainers/jwt-session-cookies/step/3');
    expect(stepPageFor('/explainers/jwt-session-cookies/', '?utm=x&step=12')).toBe('/explainers/jwt-session-cookies/step/12');
  });

  test('a shared walkthrough URL with ?step=N goes to its step page too; its embed does not', () => {
    expect(stepPageFor('/w/1.abc_DEF-9', '?step=2')).toBe('/w/1.abc_DEF-9/step/2');
    expect(stepPageFor('/w/1.abc/', '?step=2')).toBe('/w/1.abc/step/2');
    expect(stepPageFor('/w/1.abc', '?step=x')).toBeNull();
    expect(stepPageFor('/embed/w/1.abc', '?step=2')).toBeNull();
    expect(stepPageFor('/w/1.abc/step/2', '?step=2')).toBeNull();
  });

  test.each([
    ['/explainers/x', ''],
    ['/explainers/x', '?step='],
    ['/explainers/x', '?step=0'],
    ['/explainers/x', '?step=abc'],
    ['/explainers/x', '?step=1000'],
    ['/explainers/x', '?step=-1'],
    ['/explainers/x/step/3', '?step=3'],
    ['/explainers/', '?step=3'],
    ['/sandbox', '?step=3'],
  ])('%s%s is left alone', (pathname, search) => {
    expect(stepPageFor(pathname, search)).toBeNull();
  });
});

describe('readStepSegment', () => {
  test('1-based in, 0-based out, clamped to the lesson', () => {
    expect(readStepSegment('1', 8)).toBe(0);
    expect(readStepSegment('3', 8)).toBe(2);
    expect(readStepSegment('99', 8)).toBe(7);
  });

  test.each(['0', '', 'x', '1.5', '1000', '-1'])('%j is not a step', (n) => {
    expect(readStepSegment(n, 8)).toBeNull();
  });
});
