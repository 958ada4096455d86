// GET /api/sandbox/events?since=<id> → 200 {events, last}: the timeline after
// `since` (all of it without), oldest first. Poll with the last id you saw.
import { SandboxError } from '../errors';
import { eventsSince } from '../events';
import { json, route } from '../http';

export const events = route({ method: 'GET', record: false }, async (ctx) => {
  const raw = new URL(ctx.request.url).searchParams.get('since');
  if (raw !== null && !/^\d{1,15}$/.test(raw)) throw new SandboxError('bad_request', 'since must be an event id (a whole number).');
  const since = raw === null ? 0 : Number(raw);
  const list = await eventsSince(ctx.sandbox, since);
  return json({ events: list, last: list.at(-1)?.id ?? since });
});
