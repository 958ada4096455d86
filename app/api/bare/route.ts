// The benchmark's baseline (tests/bench/throughput.mjs): the same answer as
// `GET /api/sandbox/me` for a logged-in reader — the same headers and a body of
// the same shape and size — with no work at all: no cookie read, no token verified.
// `me` is measured against this route in the same run, on the same server, so
// the ratio prices the work, not the bytes. Route Handlers are dynamic by default,
// so this runs on every request like `me`.

const BODY = {
  user: { id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace', role: 'user' },
  token: {
    header: { alg: 'HS256', typ: 'at+jwt' },
    payload: {
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      role: 'user',
      sid: '00000000-0000-4000-8000-000000000000',
      sbx: 'AAAAAAAAAAAAAAAAAAAAAA',
      mode: 'stateless',
      iss: 'urn:stepwise:sandbox',
      aud: 'urn:stepwise:sandbox:api',
      sub: 'ada',
      jti: '00000000-0000-4000-8000-000000000000',
      iat: 1_800_000_000,
      exp: 1_800_003_600,
    },
  },
};

export function GET(): Response {
  return Response.json(BODY, { headers: { 'Cache-Control': 'no-store' } });
}
