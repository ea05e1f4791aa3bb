import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types of what a build holds; shared with the benchmark's server. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  url: string;
  /** Serve another build from now on (the update-flow test swaps builds under an open page). */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

/** Serves a built app on 127.0.0.1 like a static host would: files, and index.html for deep links. */
export async function startServer(root: string): Promise<StaticServer> {
  let current = root;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(current, path));
    if (!file.startsWith(current)) {
      res.writeHead(403).end();
      return;
    }
    let target = file;
    try {
      if (!(await stat(file)).isFile()) target = join(current, 'index.html');
    } catch {
      // A missing asset is a 404; anything else is an app route (item ids like KLB-1.1 look like extensions).
      target = CONTENT_TYPES[extname(path)] ? '' : join(current, 'index.html');
    }
    if (!target) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = await readFile(target);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      // Like a real host: the service worker script and the HTML are always revalidated.
      'cache-control': /\/(sw\.js|index\.html)$/.test(target) || target.endsWith('.webmanifest') ? 'no-cache' : 'public, max-age=3600',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: (dir) => {
      current = dir;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
