/**
 * `node:http` wrapper around the test app: real sockets, so dropped connections and slow responses are real.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './app.js';

/** A running test server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:43123`. */
  url: string;
  /** Stops the server and closes every open connection. */
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, base: string): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') headers.set(k, v);
    else if (Array.isArray(v)) for (const x of v) headers.append(k, x);
  }
  return new Request(new URL(req.url ?? '/', base), { method: req.method ?? 'GET', headers });
}

async function send(res: ServerResponse, response: Response, head: boolean): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(head ? undefined : body);
}

/** Starts the app on `127.0.0.1` (port 0 = any free port). */
export function startServer(app: TestApp, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  let base = '';
  const server = createServer((req, res) => {
    app
      .handle(toRequest(req, base))
      .then(async (result) => {
        if (result.kind === 'drop') {
          req.socket.destroy();
          return;
        }
        if (result.kind === 'drop-mid-body') {
          res.writeHead(result.status, result.headers);
          res.write(result.partial, () => setTimeout(() => req.socket.destroy(), 5));
          return;
        }
        await send(res, result.response, req.method === 'HEAD');
      })
      .catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`test server error: ${String(e)}`);
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      base = `http://${host}:${addr.port}`;
      resolve({
        url: base,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
