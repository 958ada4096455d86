// Stands in for DNS and TLS in front of the test server. oembed-extractor
// always calls a provider's endpoint over https, and the pages name the site by
// its configured URL (SITE_URL); the extractor's `proxy` option sends every
// request here, and this forwards it to the test server, path and query kept.
import { createServer, type Server } from 'node:http';

export interface Resolver {
  /** For oembed-extractor's `proxy.target`: the URL to fetch is appended, encoded. */
  target: string;
  /** Every URL the extractor asked for, in order. */
  asked: string[];
  close(): Promise<void>;
}

export async function startResolver(baseURL: string): Promise<Resolver> {
  const asked: string[] = [];
  const server: Server = createServer(async (req, res) => {
    try {
      const wanted = new URL(new URL(req.url ?? '/', 'http://resolver').searchParams.get('u') ?? '');
      asked.push(wanted.href);
      const answer = await fetch(`${baseURL}${wanted.pathname}${wanted.search}`);
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    target: `http://127.0.0.1:${port}/?u=`,
    asked,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
