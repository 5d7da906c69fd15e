/**
 * The baseline: a bare node:http hello world (200, text/plain "ok") on a free loopback port.
 * Imports nothing of the app, so its RSS is Node's (plus the tsx loader, as for Sunshine).
 * Forked by bench/http.bench.ts; run alone it prints `{"type":"ready","port":…}`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runServerProcess } from './server-process.ts';

runServerProcess(async () => {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('ok');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
});
