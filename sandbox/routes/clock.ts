// POST /api/sandbox/clock {advanceSeconds} → 200 {offset, now}: fast-forward this
// sandbox's clock. Negative, zero, fractional or absurd amounts → 400 bad_request.
import { numberField } from '../body';
import { checkAdvance } from '../clock';
import { SOURCES } from '../events';
import { json, route } from '../http';
import { advanceClock } from '../sandbox-id';
import { sandboxNow } from '../clock';

export const clock = route({ method: 'POST', record: true }, async (ctx) => {
  const seconds = checkAdvance(numberField(ctx.body, 'advanceSeconds'));
  const offset = await advanceClock(ctx.sandbox, seconds);
  ctx.trace(SOURCES.advance);
  return json({ offset, now: sandboxNow(offset) });
});
