// The app on a real HTTP server, with the timeouts that keep a slow or stalled client from holding it.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServeOptions } from './context.js';

export interface ServerOptions extends ServeOptions {
  port?: number;
  host?: string;
  /** Whole request (headers and body) must arrive within this many ms. */
  requestTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', requestTimeoutMs = 30_000 } = options;
  const { app, close: closeApp } = createApp(options);
  return new Promise((resolve, reject) => {
    const serverOptions = {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(10_000, requestTimeoutMs),
      keepAliveTimeout: 5_000,
      // How often node looks for requests past their timeout (its default, 30 s, would let them linger).
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
    };
    const server = serve({ fetch: app.fetch, port, hostname: host, serverOptions }) as Server;
    server.setTimeout(120_000); // an idle socket (no bytes either way) is dropped
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            closeApp();
          }),
      });
    });
  });
}
