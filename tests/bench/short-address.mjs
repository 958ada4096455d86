// The shared page at a short address, for the bench only. A shared page's
// address is the whole walkthrough (1,754 characters for bench-48), and the
// browser does more work for a long address whatever the page: by hand, the
// shared page's own HTML scored 1 and 4 points higher at a short address than
// at its link (two series of 11), with less blocking time. This proxy answers `/ws` with the shared page, byte for
// byte, and passes everything else through, so one Lighthouse row can show what
// the page costs and another what its address adds. Every request of this page
// takes one more local hop, which counts against it, not for it.
import http from 'node:http';

const SHORT_PATH = '/ws';

/** `target`: the app's base URL; `sharedPath`: the `/w/<data>` path `/ws` stands for. */
export async function startShortAddress({ target, sharedPath }) {
  const to = new URL(target);
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url === SHORT_PATH ? sharedPath : req.url, headers: { ...req.headers, host: to.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${server.address().port}${SHORT_PATH}`, stop: () => new Promise((closed) => server.close(closed)) };
}
