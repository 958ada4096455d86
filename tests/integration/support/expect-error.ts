import { expect } from 'vitest';
import type { Answer } from './sandbox-client';

/** Every rejection is asserted by status and code (and jose's code when jose judged). */
export function expectError(answer: Answer, status: number, error: string, jose?: string): void {
  expect({ status: answer.status, error: answer.body.error, jose: answer.body.jose }).toEqual({ status, error, jose });
  expect(typeof answer.body.message).toBe('string');
}
