// Adds a strict Content-Security-Policy <meta> to a built index.html. Trunk starts the app from an
// inline module script whose text names hashed files, so its sha256 changes with every build and is
// computed here. Usage: node tools/csp.mjs path/to/index.html
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const path = process.argv[2];
if (!path) {
  console.error('usage: node tools/csp.mjs INDEX_HTML');
  process.exit(2);
}
const html = await readFile(path, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error(`${path} already has a Content-Security-Policy`);
  process.exit(1);
}

// Inline scripts: <script> elements without a src attribute. The hash covers the exact text. Not
// data (`type="application/json"`: the boot script's words, src/content/shell.rs), which no browser runs.
const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
if (hashes.length === 0) {
  console.error(`${path} has no inline script: is it a Trunk build?`);
  process.exit(1);
}

const policy = [
  "default-src 'none'",
  `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Right before the first script, so it governs every script, and everything the page and the app fetch
// afterwards. Trunk's preloads of the JS glue and the wasm move up in front of it: Chromium's preload
// scanner fetches nothing early that comes after a CSP <meta>, so behind it they waited until the parser
// reached them, after the stylesheet had arrived, and the app was interactive later. They name this
// build's own files, which the policy allows anyway.
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const preloads = html.match(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi) ?? [];
const rest = preloads.reduce((page, link) => page.replace(link, ''), html);
const firstScript = rest.search(/<script\b/i);
// Trunk gives the wasm's `as=fetch` preload an `integrity`, which Chromium ignores for that destination
// and warns about in every page's console (crbug.com/981419): it goes, as it checked nothing.
const moved = preloads.map((link) =>
  /\bas=["']?fetch\b/i.test(link) ? link.replace(/\s+integrity=("[^"]*"|'[^']*'|[^\s>]+)/i, '') : link,
);
const withPolicy = `${rest.slice(0, firstScript)}${moved.join('')}${meta}${rest.slice(firstScript)}`;
await writeFile(path, withPolicy);
