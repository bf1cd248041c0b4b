/// <reference types="node" />
/**
 * Mounts a web-standard handler in node:http (and so in Express and Fastify, whose requests are node:http's).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** Options of {@link toNodeListener}. */
export interface OtNodeListenerOptions {
  /** The origin requests are seen under (default: `http://` + the Host header, or localhost). */
  readonly origin?: string;
}

function toRequest(req: IncomingMessage, origin: string | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const base = origin ?? `http://${req.headers.host ?? 'localhost'}`;
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', base), {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * Wraps a `(request: Request) => Promise<Response>` handler as a node:http listener.
 *
 * @example
 * http.createServer(toNodeListener(createSyncHandler({ storage, authorize }))).listen(8787, '127.0.0.1');
 * // Express: app.use('/sync', toNodeListener(handler))
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: OtNodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const response = await handler(toRequest(req, options.origin));
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      if (!response.body || req.method === 'HEAD') {
        res.end();
        return;
      }
      const body = Buffer.from(await response.arrayBuffer());
      res.setHeader('content-length', body.byteLength);
      res.end(body);
    })().catch((error: unknown) => {
      // The client went away, or the handler broke: answer if still possible, never crash the process.
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ error: { code: 'internal', message: 'The server could not complete the request' } }));
        console.error('@otkit/server:', error);
      } else res.destroy();
    });
  };
}
