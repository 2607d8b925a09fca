// Writes the response headers a host should send for this build, in two forms: `_headers` (read by
// Netlify, Cloudflare Pages and others) and `nginx-headers.conf` (to include in an nginx location).
// The CSP is the one in index.html's <meta>, plus what only a header can carry: frame-ancestors.
// Each language's pages (dist/<code>/, src/content/languages.rs) have inline scripts of their own
// (Trunk's loader names that build's files): the header's script-src allows every language's.
// Usage: node tools/headers.mjs DIST_DIR
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/headers.mjs DIST_DIR');
  process.exit(2);
}
const html = await readFile(join(dir, 'index.html'), 'utf8');
const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
if (!meta) {
  console.error('index.html has no CSP meta: run tools/csp.mjs first');
  process.exit(1);
}
// The quiz is meant to be embedded anywhere, so any page may frame it. frame-src 'self' is for
// demo.html, which embeds the quiz from its own host; the app itself frames nothing.
let own = meta[1];
for (const entry of await readdir(dir, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const other = await readFile(join(dir, entry.name, 'index.html'), 'utf8').catch(() => null);
  const theirs = other?.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  if (!theirs) continue;
  const scripts = (policy) => policy.match(/script-src ([^;]+)/)[1].split(' ');
  const added = scripts(theirs[1]).filter((source) => !scripts(own).includes(source));
  own = own.replace(/script-src ([^;]+)/, (_, sources) => `script-src ${[sources, ...added].join(' ')}`);
}
const policy = `${own}; frame-src 'self'; frame-ancestors *`;
const headers = [
  ['Content-Security-Policy', policy],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  // A frame sandboxed without allow-same-origin, as WordPress embeds the quiz, has the origin
  // "null": each file it loads from here (the module script, the wasm, the stylesheet) is a CORS
  // request, refused without this. The files are public and sent without credentials, so `*`.
  ['Access-Control-Allow-Origin', '*'],
];

const netlify = ['/*', ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
await writeFile(join(dir, '_headers'), `${netlify}\n`);

const nginx = [
  '# Generated for this build by tools/headers.mjs: include it inside the location that serves the quiz.',
  ...headers.map(([name, value]) => `add_header ${name} "${value}" always;`),
  // A types block replaces the inherited table of types in its location: it lists every kind of file.
  'types { text/html html; text/css css; text/javascript js mjs; application/json json; application/manifest+json webmanifest; application/wasm wasm; image/svg+xml svg; image/png png; }',
  'gzip_static on;  # serves the .gz copies next to each asset',
  '# brotli_static on;  # with ngx_brotli, serves the .br copies',
].join('\n');
await writeFile(join(dir, 'nginx-headers.conf'), `${nginx}\n`);
