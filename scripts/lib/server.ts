/** A minimal static file server for the built site (tests and benchmarks), optionally under a base path. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.xml': 'application/xml', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** The file a URL path serves inside `root` (a folder serves its index.html), or null when none or outside `root`. */
export function fileForUrl(root: string, pathname: string): string | null {
  let file = path.join(root, pathname);
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

export interface StaticServer { url: string; close(): Promise<void>; bytesSent(): number }

/**
 * Serves `root` under `base`. `extra` maps URL paths (outside the base, e.g. `/__test__/axe.js`) to files,
 * for test tools that must load from the page's own origin under its Content-Security-Policy.
 */
export async function serveDist(root: string, base = '/', extra: Record<string, string> = {}): Promise<StaticServer> {
  let bytes = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const tool = extra[url.pathname];
    if (tool) { res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(tool)); return; }
    const prefix = base.replace(/\/+$/, '');
    if (!url.pathname.startsWith(prefix + '/')) { res.writeHead(404).end('not under base'); return; }
    const file = fileForUrl(root, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file) { res.writeHead(404, { 'content-type': 'text/html' }).end(fs.existsSync(path.join(root, '404.html')) ? fs.readFileSync(path.join(root, '404.html')) : 'not found'); return; }
    const body = fs.readFileSync(file);
    bytes += body.length;
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/+$/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    bytesSent: () => bytes,
  };
}
