import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** Where `npm run build:web` writes the web workspace; LEDGER_WEB_DIR points elsewhere. */
export const DEFAULT_WEB_DIR = resolve(__dirname, '../../../../dist/ledger-web');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export type WebAsset = Readonly<{ body: Buffer; contentType: string }>;

/**
 * The built files, read once at start: a closed set by name, so no request path ever reaches the file system.
 * Null when the workspace was not built; the service then says how to build it.
 */
export function loadWebAssets(directory: string): ReadonlyMap<string, WebAsset> | null {
  if (!existsSync(join(directory, 'index.html'))) return null;
  const assets = new Map<string, WebAsset>();
  for (const name of readdirSync(directory)) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType) assets.set(name, { body: readFileSync(join(directory, name)), contentType });
  }
  return assets;
}
