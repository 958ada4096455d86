import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/sandbox/config';
import { SandboxError } from '@/sandbox/errors';
import { applySettings } from '@/sandbox/settings';

function refusal(patch: unknown) {
  try {
    applySettings(DEFAULT_SETTINGS, patch);
  } catch (err) {
    if (err instanceof SandboxError) return err.toJSON();
    throw err;
  }
  throw new Error('accepted');
}

describe('applySettings', () => {
  it('applies a patch within bounds', () => {
    expect(applySettings(DEFAULT_SETTINGS, { mode: 'stateful', accessTtl: 60 })).toEqual({ ...DEFAULT_SETTINGS, mode: 'stateful', accessTtl: 60 });
  });

  it('names the field a 400 is about, so a form can mark it', () => {
    expect(refusal({ accessTtl: 1 })).toMatchObject({ error: 'bad_request', field: 'accessTtl' });
    expect(refusal({ refreshTtl: 'long' })).toMatchObject({ error: 'bad_request', field: 'refreshTtl' });
    expect(refusal({ mode: 'magic' })).toMatchObject({ error: 'bad_request', field: 'mode' });
    expect(refusal({ absoluteTimeout: 1.5 })).toMatchObject({ field: 'absoluteTimeout' });
  });

  it('names no field when the body is not a settings object or names an unknown one', () => {
    expect(refusal('stateful')).not.toHaveProperty('field');
    expect(refusal({ unknown: 1 })).not.toHaveProperty('field');
  });
});
