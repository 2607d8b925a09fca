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

// Inline scripts: <script> elements without a src attribute. The hash covers the exact text.
const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
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

// First thing in <head>, so it governs every script and style after it.
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const withPolicy = html.replace(/<head>|(<meta charset=[^>]*>)/i, (match) => `${match}${meta}`);
if (withPolicy === html) {
  console.error(`${path}: found no <head> or <meta charset> to put the policy after`);
  process.exit(1);
}
await writeFile(path, withPolicy);
