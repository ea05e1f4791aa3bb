import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { CONTENT_TYPES as TYPES } from '../../tests/e2e/support/server';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.ttf']);

/** A bare page with the same first heading and no script: the start-time baseline. */
export const BARE_PATH = '/__bench/bare.html';
const BARE_HTML = '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Swanilai Panti</title></head><body><h1>Beranda</h1></body></html>';

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built app on 127.0.0.1 as a production static host would: files with gzip (level 9) for text, long-lived
 * caching for hashed assets, revalidation for the HTML and the service worker, index.html for deep links.
 * (Unlike the e2e test server, it compresses: Lighthouse and first-load figures must see what a real host sends.)
 */
export async function startBenchServer(root: string): Promise<BenchServer> {
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === BARE_PATH) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(BARE_HTML);
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let target = file;
      try {
        if (!(await stat(file)).isFile()) target = join(root, 'index.html');
      } catch {
        // Deep links (item ids like KLB-1.1 look like file extensions): a navigation always gets the app.
        const navigation = req.headers['sec-fetch-mode'] === 'navigate' || /text\/html/.test(String(req.headers.accept ?? ''));
        target = extname(path) && !navigation ? '' : join(root, 'index.html');
      }
      if (!target) {
        res.writeHead(404).end('not found');
        return;
      }
      const ext = extname(target);
      let body: Buffer = await readFile(target);
      const headers: Record<string, string> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control':
          /\/(sw\.js|index\.html)$/.test(target) || ext === '.webmanifest' ? 'no-cache' : 'public, max-age=31536000',
        vary: 'accept-encoding',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = gzipCache.get(target);
        if (!gz) {
          gz = gzipSync(body, { level: 9 });
          gzipCache.set(target, gz);
        }
        body = gz;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
