// POST /api/sandbox/settings {mode?, accessTtl?, refreshTtl?, idleTimeout?, absoluteTimeout?}
// → 200 {settings}; anything unknown or out of bounds → 400 bad_request.
import { json, route } from '../http';
import { saveSettings } from '../sandbox-id';
import { applySettings } from '../settings';

export const settings = route({ method: 'POST', record: true }, async (ctx) => {
  const next = applySettings(ctx.sandbox.settings, ctx.body);
  await saveSettings(ctx.sandbox, next);
  return json({ settings: next });
});
