// The benchmark's baseline (tests/bench/throughput.mjs): the same-shaped JSON as
// `GET /api/sandbox/me`, with no work at all — no cookie read, no token verified.
// `me` is measured against this route in the same run, on the same server.
// Route Handlers are dynamic by default, so this runs on every request like `me`.

const BODY = { user: { id: 'u_ada', email: 'ada@example.com', role: 'user' }, token: {} };

export function GET(): Response {
  return Response.json(BODY);
}
