// Builds the web workspace into dist/ledger-web: one script, one stylesheet, one page; nothing from outside.
// Beside it, the GraphiQL explorer for developers (graphiql.html, .js, .css).
// `node apps/ledger-web/build.mjs --if-missing` builds only when no build is there (what `npm start` runs first).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = resolve(process.env.LEDGER_WEB_DIR ?? join(root, 'dist/ledger-web'));

if (process.argv.includes('--if-missing') && existsSync(join(out, 'index.html'))) process.exit(0);

mkdirSync(out, { recursive: true });
const shim = (name) => join(here, 'src/shims', name);
/** One minified ES module per page, for today's browsers, with no comments or source maps. */
const BROWSER_BUNDLE = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  platform: 'browser',
  sourcemap: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};
await build({
  ...BROWSER_BUNDLE,
  entryPoints: [join(here, 'src/main.tsx')],
  outfile: join(out, 'app.js'),
  jsx: 'automatic',
  jsxImportSource: 'preact',
  tsconfig: join(here, 'tsconfig.json'),
  // The project's own verifier runs in the page: Node's crypto is stood in for by audited pure-JS hashes and Ed25519.
  alias: { 'node:crypto': shim('node-crypto.ts'), 'node:fs': shim('node-fs.ts'), 'node:path': shim('node-path.ts') },
  inject: [shim('buffer-global.ts')],
});
copyFileSync(join(here, 'src/index.html'), join(out, 'index.html'));
copyFileSync(join(here, 'src/styles.css'), join(out, 'app.css'));

// The developers' GraphiQL explorer (React, apart from the workspace's bundle and budget); the service serves it
// only outside production.
await build({
  ...BROWSER_BUNDLE,
  entryPoints: [join(here, 'src/explorer/graphiql.ts')],
  outfile: join(out, 'graphiql.js'),
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
});
copyFileSync(join(here, 'src/explorer/graphiql.html'), join(out, 'graphiql.html'));
copyFileSync(join(here, 'src/explorer/graphiql-page.css'), join(out, 'graphiql-page.css'));

const script = readFileSync(join(out, 'app.js'));
const size = { bytes: script.length, gzipBytes: gzipSync(script).length };
writeFileSync(join(out, 'build-size.json'), JSON.stringify(size));
console.log(`web workspace built in ${out}: app.js ${(size.bytes / 1024).toFixed(0)} KB, ${(size.gzipBytes / 1024).toFixed(0)} KB gzipped`);
